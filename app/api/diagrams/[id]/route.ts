import { UpdateDiagramRequest } from '@/lib/api/requests';
import { checkpointAfterWrite, deleteDiagram, getDiagram, updateDiagram } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, noContent, parseRequest, readJsonBody } from '@/lib/server/http';
import { toAccessDto } from '@/lib/server/sharing/access-dto';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/diagrams/:id → 200 { diagram: DiagramDetail, access: DiagramAccessDto } (what the requester may do, for the UI) */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id, access) => {
    const diagram = await getDiagram(id);
    return diagram.ok ? json({ diagram: diagram.value, access: toAccessDto(access) }) : diagramErrorResponse(diagram.error);
  });
}

/**
 * PUT /api/diagrams/:id { baseRevision, document?, name? } → 200 { diagram }.
 * 409 stale_revision (with currentRevision) when someone saved since baseRevision.
 */
export function PUT(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(UpdateDiagramRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    // Live editors see this save as one "replace" in the co-editing log, attributed to whoever made it.
    const updated = await updateDiagram(id, { ...parsed.value, author: { userId: access.userId, name: access.actorName } });
    if (updated.ok) await checkpointAfterWrite(id, access.actorName); // history: an automatic checkpoint when one is due
    return updated.ok ? json({ diagram: updated.value }) : diagramErrorResponse(updated.error);
  });
}

/** DELETE /api/diagrams/:id → 204, with all its versions. */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'manage', async (id) => {
    const deleted = await deleteDiagram(id);
    return deleted.ok ? noContent() : diagramErrorResponse(deleted.error);
  });
}
