import { CreateDiagramRequest } from '@/lib/api/requests';
import { createDiagram, duplicateDiagram, listDiagrams } from '@/lib/server/diagrams';
import { documentToCreate } from '@/lib/server/diagrams/create-input';
import { diagramErrorResponse, errorResponse, handle, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/diagrams → 200 { diagrams: DiagramSummary[] }, most recently updated first. */
export function GET(request: Request): Promise<Response> {
  return handle(request, async () => json({ diagrams: await listDiagrams() }));
}

/**
 * POST /api/diagrams → 201 { diagram: DiagramDetail }. The body picks the source:
 * { templateId }, { document }, { duplicateOf } or just { name } (an empty diagram);
 * `name` renames whichever it is.
 */
export function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateDiagramRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const { duplicateOf, ...source } = parsed.value;

    let created;
    if (duplicateOf !== undefined) {
      created = await duplicateDiagram(duplicateOf, source.name);
    } else {
      const document = documentToCreate(source);
      if (!document.ok) return diagramErrorResponse(document.error);
      created = await createDiagram(document.value);
    }
    if (!created.ok) return diagramErrorResponse(created.error);
    return json({ diagram: created.value }, 201, { location: `/api/diagrams/${created.value.id}` });
  });
}
