import { EventsQuery } from '@/lib/api/collab';
import { authorizeDiagram } from '@/lib/server/auth';
import { collabEventStream, getCollab } from '@/lib/server/collab';
import { errorResponse, handleForDiagram, parseRequest } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /api/diagrams/:id/events?after=<revision>&clientId=<id> → 200 text/event-stream:
 * `op` (id = revision) for every operation after `after`, `ready`, then live
 * `op` and `presence` events, and `reset` when the client must reload the
 * document. A `Last-Event-ID` header (a browser reconnecting) wins over `after`. Needs `view`,
 * checked again at every heartbeat: a revoked link's stream ends with `reset` (reason `access`).
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const url = new URL(request.url);
    const query = Object.fromEntries(url.searchParams);
    const lastEventId = request.headers.get('last-event-id');
    if (lastEventId && /^\d+$/.test(lastEventId)) query.after = lastEventId;
    const parsed = parseRequest(EventsQuery, query);
    if (!parsed.ok) return errorResponse(parsed.error);
    const collab = await getCollab();
    const { clientId } = parsed.value;
    const stream = collabEventStream(collab.hub, {
      diagramId: id,
      after: parsed.value.after,
      clientId,
      signal: request.signal,
      // A tab that closed without saying goodbye disappears from the others' view at once.
      onClose: clientId ? () => void collab.presence.leave(id, clientId).catch(() => undefined) : undefined,
      stillAllowed: async () => (await authorizeDiagram(request, id, 'view')).ok,
    });
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        // no-transform keeps the response uncompressed (a compressed stream would be buffered).
        'cache-control': 'no-cache, no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      },
    });
  });
}
