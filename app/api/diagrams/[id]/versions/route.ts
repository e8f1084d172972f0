import { CreateVersionRequest } from '@/lib/api/requests';
import { createVersion, listVersions } from '@/lib/server/diagrams';
import { diagramErrorResponse, diagramIdParam, errorResponse, handle, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/diagrams/:id/versions → 200 { versions: VersionSummary[] }, newest first. */
export function GET(request: Request, context: Context): Promise<Response> {
  return handle(request, async () => {
    const id = diagramIdParam((await context.params).id);
    if (!id.ok) return errorResponse(id.error);
    const versions = await listVersions(id.value);
    return versions.ok ? json({ versions: versions.value }) : diagramErrorResponse(versions.error);
  });
}

/** POST /api/diagrams/:id/versions { label? } (the body may be empty) → 201 { version: VersionDetail } */
export function POST(request: Request, context: Context): Promise<Response> {
  return handle(request, async () => {
    const id = diagramIdParam((await context.params).id);
    if (!id.ok) return errorResponse(id.error);
    const body = await readJsonBody(request, { optional: true });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateVersionRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(parsed.error);
    const version = await createVersion(id.value, parsed.value.label);
    if (!version.ok) return diagramErrorResponse(version.error);
    return json({ version: version.value }, 201, { location: `/api/diagrams/${id.value}/versions/${version.value.version}` });
  });
}
