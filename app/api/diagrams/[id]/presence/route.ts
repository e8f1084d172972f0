import { PresenceDeleteQuery, PresenceRequest } from '@/lib/api/collab';
import { getCollab } from '@/lib/server/collab';
import { errorResponse, handleForDiagram, noContent, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * POST /api/diagrams/:id/presence { clientId, selection, leaving? } → 204.
 * "I am here and have this selected" (a heartbeat every 10 s, and on each
 * selection change); `leaving: true` (from `navigator.sendBeacon`) removes the
 * entry. The name shown is the requester's, never one the client sends. Needs `view`.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id, access) => {
    const body = await readJsonBody(request, { maxBytes: 64 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(PresenceRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const { presence } = await getCollab();
    if (parsed.value.leaving) await presence.leave(id, parsed.value.clientId);
    else await presence.report(id, { clientId: parsed.value.clientId, userId: access.userId, name: access.actorName, selection: parsed.value.selection });
    return noContent();
  });
}

/** DELETE /api/diagrams/:id/presence?clientId=<id> → 204: this tab closed the diagram. Needs `view`. */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const parsed = parseRequest(PresenceDeleteQuery, Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.ok) return errorResponse(parsed.error);
    await (await getCollab()).presence.leave(id, parsed.value.clientId);
    return noContent();
  });
}
