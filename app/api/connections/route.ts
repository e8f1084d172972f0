import { CreateConnectionRequest } from '@/lib/api/requests';
import { connectionService } from '@/lib/server/connections';
import { liveErrorResponse, withoutSecrets } from '@/lib/server/connections/http';
import { errorResponse, handleForWorkspace, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/connections[?workspace=…] → 200 { connections: ConnectionSummary[] } of the workspace (never a password). Needs edit. */
export function GET(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => json({ connections: await (await connectionService()).list(access.workspaceId) }));
}

/** POST /api/connections[?workspace=…] { name, url } | { name, host, port?, database, username, password?, sslmode? } → 201 { connection }. Needs edit. */
export function POST(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const body = await readJsonBody(request, { maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateConnectionRequest, body.value);
    if (!parsed.ok) return errorResponse(withoutSecrets(parsed.error));
    const created = await (await connectionService()).create(parsed.value, access.workspaceId);
    if (!created.ok) return liveErrorResponse(created.error);
    return json({ connection: created.value }, 201, { location: `/api/connections/${created.value.id}` });
  });
}
