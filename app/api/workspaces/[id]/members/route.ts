import { AddMemberRequest } from '@/lib/api/auth-requests';
import { handleForWorkspaceId } from '@/lib/server/auth/workspace-route';
import { addMember, listMembers, workspaceSummary } from '@/lib/server/auth/workspaces';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/workspaces/:id/members → 200 { workspace, members, invitations } (any member). */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForWorkspaceId(request, context, 'view', async (access) => {
    const { db } = await getStorage();
    const workspace = await workspaceSummary(db, access.workspaceId, access.role);
    if (!workspace) return errorResponse({ code: 'not_found', message: `no workspace with id "${access.workspaceId}"` });
    return json(await listMembers(db, workspace));
  });
}

/**
 * POST /api/workspaces/:id/members { email, role } (owners) → 201 { member } when the
 * email has an account, else 201 { invitation } (it joins when it signs up). 409 when already a member.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForWorkspaceId(request, context, 'manage', async (access) => {
    const body = await readJsonBody(request, { maxBytes: 4096 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(AddMemberRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const added = await addMember((await getStorage()).db, access.workspaceId, parsed.value.email, parsed.value.role, access.userId);
    return added.ok ? json(added.value, 201) : errorResponse(added.error);
  });
}
