import { UpdateConnectionRequest } from '@/lib/api/requests';
import { connectionService } from '@/lib/server/connections';
import { liveErrorResponse, withoutSecrets } from '@/lib/server/connections/http';
import { errorResponse, handleForWorkspace, json, noContent, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/*
 * A connection is found only in the requester's workspace (the `workspace`
 * query parameter picks another of theirs); one elsewhere is a 404.
 */

/** GET /api/connections/:id → 200 { connection }. Needs edit. */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const found = await (await connectionService()).get((await context.params).id, access.workspaceId);
    return found.ok ? json({ connection: found.value }) : liveErrorResponse(found.error);
  });
}

/** PUT /api/connections/:id { name?, url? | host?, port?, database?, username?, password?, sslmode? } → 200 { connection }; an omitted password is kept. Needs edit. */
export function PUT(request: Request, context: Context): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const body = await readJsonBody(request, { maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(UpdateConnectionRequest, body.value);
    if (!parsed.ok) return errorResponse(withoutSecrets(parsed.error));
    const updated = await (await connectionService()).update((await context.params).id, parsed.value, access.workspaceId);
    return updated.ok ? json({ connection: updated.value }) : liveErrorResponse(updated.error);
  });
}

/** DELETE /api/connections/:id → 204. Needs manage (owners). */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return handleForWorkspace(request, 'manage', async (access) => {
    const deleted = await (await connectionService()).remove((await context.params).id, access.workspaceId);
    return deleted.ok ? noContent() : liveErrorResponse(deleted.error);
  });
}
