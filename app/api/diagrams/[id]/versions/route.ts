import { CreateVersionRequest } from '@/lib/api/requests';
import { createVersion, listVersions } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/diagrams/:id/versions → 200 { versions: VersionSummary[] }, newest first. */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const versions = await listVersions(id);
    return versions.ok ? json({ versions: versions.value }) : diagramErrorResponse(versions.error);
  });
}

/** POST /api/diagrams/:id/versions { label? } (the body may be empty) → 201 { version: VersionDetail } */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id) => {
    const body = await readJsonBody(request, { optional: true });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateVersionRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(parsed.error);
    const version = await createVersion(id, parsed.value.label);
    if (!version.ok) return diagramErrorResponse(version.error);
    return json({ version: version.value }, 201, { location: `/api/diagrams/${id}/versions/${version.value.version}` });
  });
}
