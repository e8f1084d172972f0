import { UpdateDiagramRequest } from '@/lib/api/requests';
import { deleteDiagram, getDiagram, updateDiagram } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, noContent, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/diagrams/:id → 200 { diagram: DiagramDetail } */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const diagram = await getDiagram(id);
    return diagram.ok ? json({ diagram: diagram.value }) : diagramErrorResponse(diagram.error);
  });
}

/**
 * PUT /api/diagrams/:id { baseRevision, document?, name? } → 200 { diagram }.
 * 409 stale_revision (with currentRevision) when someone saved since baseRevision.
 */
export function PUT(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(UpdateDiagramRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const updated = await updateDiagram(id, parsed.value);
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
