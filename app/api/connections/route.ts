import { CreateConnectionRequest } from '@/lib/api/requests';
import { connectionService } from '@/lib/server/connections';
import { liveErrorResponse, withoutSecrets } from '@/lib/server/connections/http';
import { errorResponse, handle, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/connections → 200 { connections: ConnectionSummary[] } (never a password). */
export function GET(request: Request): Promise<Response> {
  return handle(request, async () => json({ connections: await (await connectionService()).list() }));
}

/** POST /api/connections { name, url } | { name, host, port?, database, username, password?, sslmode? } → 201 { connection } */
export function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const body = await readJsonBody(request, { maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateConnectionRequest, body.value);
    if (!parsed.ok) return errorResponse(withoutSecrets(parsed.error));
    const created = await (await connectionService()).create(parsed.value);
    if (!created.ok) return liveErrorResponse(created.error);
    return json({ connection: created.value }, 201, { location: `/api/connections/${created.value.id}` });
  });
}
