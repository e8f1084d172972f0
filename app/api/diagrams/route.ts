import { CreateDiagramRequest } from '@/lib/api/requests';
import { authorizeDiagram } from '@/lib/server/auth';
import { createDiagram, duplicateDiagram, listDiagrams } from '@/lib/server/diagrams';
import { documentToCreate } from '@/lib/server/diagrams/create-input';
import { diagramErrorResponse, errorResponse, handleForWorkspace, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/diagrams[?workspace=…] → 200 { diagrams: DiagramSummary[] } of the workspace, most recently updated first. Needs view. */
export function GET(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'view', async (access) => json({ diagrams: await listDiagrams(access.workspaceId) }));
}

/**
 * POST /api/diagrams[?workspace=…] → 201 { diagram: DiagramDetail }, in the workspace. The body picks the source:
 * { templateId }, { document }, { duplicateOf } or just { name } (an empty diagram);
 * `name` renames whichever it is. Needs edit in the workspace (and view on a duplicated diagram).
 */
export function POST(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateDiagramRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const { duplicateOf, ...source } = parsed.value;

    let created;
    if (duplicateOf !== undefined) {
      // Copying is reading: the source must be one the requester may see.
      const readable = await authorizeDiagram(request, duplicateOf, 'view');
      if (!readable.ok) return errorResponse(readable.error);
      created = await duplicateDiagram(duplicateOf, source.name, access.workspaceId);
    } else {
      const document = documentToCreate(source);
      if (!document.ok) return diagramErrorResponse(document.error);
      created = await createDiagram(document.value, access.workspaceId);
    }
    if (!created.ok) return diagramErrorResponse(created.error);
    return json({ diagram: created.value }, 201, { location: `/api/diagrams/${created.value.id}` });
  });
}
