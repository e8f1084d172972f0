import { ChangeRoleRequest } from '@/lib/api/auth-requests';
import { handleForWorkspaceId } from '@/lib/server/auth/workspace-route';
import { changeRole, removeMember } from '@/lib/server/auth/workspaces';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, json, noContent, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; userId: string }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const noMember = (userId: string) => errorResponse({ code: 'not_found', message: `no member with user id "${userId}" in this workspace` });

/** PATCH /api/workspaces/:id/members/:userId { role } (owners) → 200 { member }; 409 conflict when it would leave no owner. */
export function PATCH(request: Request, context: Context): Promise<Response> {
  return handleForWorkspaceId(request, context, 'manage', async (access) => {
    const body = await readJsonBody(request, { maxBytes: 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(ChangeRoleRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const { userId } = await context.params;
    if (!UUID.test(userId)) return noMember(userId);
    const changed = await changeRole((await getStorage()).db, access.workspaceId, userId, parsed.value.role);
    return changed.ok ? json({ member: changed.value }) : errorResponse(changed.error);
  });
}

/** DELETE /api/workspaces/:id/members/:userId (owners) → 204; 409 conflict for the last owner. */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return handleForWorkspaceId(request, context, 'manage', async (access) => {
    const { userId } = await context.params;
    if (!UUID.test(userId)) return noMember(userId);
    const removed = await removeMember((await getStorage()).db, access.workspaceId, userId);
    return removed.ok ? noContent() : errorResponse(removed.error);
  });
}
