import { ListVersionsQuery, SaveVersionRequest } from '@/lib/api/history-requests';
import { createVersion, listVersions } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest, readJsonBody } from '@/lib/server/http';
import { queryParams } from '@/lib/server/migrations';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /api/diagrams/:id/versions?kind=named|checkpoint → 200 { versions: VersionSummary[] },
 * newest first: named versions and automatic checkpoints, each with its kind and author.
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const query = parseRequest(ListVersionsQuery, queryParams(request.url));
    if (!query.ok) return errorResponse(query.error);
    const versions = await listVersions(id, query.value.kind);
    return versions.ok ? json({ versions: versions.value }) : diagramErrorResponse(versions.error);
  });
}

/** POST /api/diagrams/:id/versions { label? } (the body may be empty) → 201 { version: VersionDetail }, a named version by the requester. */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const body = await readJsonBody(request, { optional: true });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(SaveVersionRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(parsed.error);
    const version = await createVersion(id, parsed.value.label, access.actorName);
    if (!version.ok) return diagramErrorResponse(version.error);
    return json({ version: version.value }, 201, { location: `/api/diagrams/${id}/versions/${version.value.version}` });
  });
}
