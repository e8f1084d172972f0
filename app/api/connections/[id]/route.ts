import { UpdateConnectionRequest } from '@/lib/api/requests';
import { connectionService } from '@/lib/server/connections';
import { liveErrorResponse, withoutSecrets } from '@/lib/server/connections/http';
import { errorResponse, handle, json, noContent, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/connections/:id → 200 { connection } */
export function GET(request: Request, context: Context): Promise<Response> {
  return handle(request, async () => {
    const found = await (await connectionService()).get((await context.params).id);
    return found.ok ? json({ connection: found.value }) : liveErrorResponse(found.error);
  });
}

/** PUT /api/connections/:id { name?, url? | host?, port?, database?, username?, password?, sslmode? } → 200 { connection }; an omitted password is kept. */
export function PUT(request: Request, context: Context): Promise<Response> {
  return handle(request, async () => {
    const body = await readJsonBody(request, { maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(UpdateConnectionRequest, body.value);
    if (!parsed.ok) return errorResponse(withoutSecrets(parsed.error));
    const updated = await (await connectionService()).update((await context.params).id, parsed.value);
    return updated.ok ? json({ connection: updated.value }) : liveErrorResponse(updated.error);
  });
}

/** DELETE /api/connections/:id → 204 */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return handle(request, async () => {
    const deleted = await (await connectionService()).remove((await context.params).id);
    return deleted.ok ? noContent() : liveErrorResponse(deleted.error);
  });
}
