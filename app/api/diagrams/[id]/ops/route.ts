import { OpsRequest } from '@/lib/api/collab';
import { getCollab } from '@/lib/server/collab';
import { checkpointAfterWrite } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * POST /api/diagrams/:id/ops { clientId, baseRevision, ops: [{ opId, command }] }
 * → 200 { revision, outcomes: [{ opId, status: 'applied', revision } | { opId, status: 'rejected', code, reason }] }.
 * Applies editor commands in the server's order (see ARCHITECTURE.md, "Live co-editing"); needs `edit`.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(OpsRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const collab = await getCollab();
    const applied = await collab.ops.applyOps(id, {
      clientId: parsed.value.clientId,
      author: { userId: access.userId, name: access.actorName },
      ops: parsed.value.ops,
    });
    if (!applied.ok) return diagramErrorResponse(applied.error);
    // History: an automatic checkpoint when one is due. Not awaited: the editor's answer need not wait for it (it never fails the write).
    if (applied.value.outcomes.some((o) => o.status === 'applied')) void checkpointAfterWrite(id, access.actorName);
    return json(applied.value);
  });
}
