import { getVersion } from '@/lib/server/diagrams';
import { diagramErrorResponse, diagramIdParam, errorResponse, handle, json, versionParam } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; version: string }>;
}

/** GET /api/diagrams/:id/versions/:version → 200 { version: VersionDetail } */
export function GET(request: Request, context: Context): Promise<Response> {
  return handle(request, async () => {
    const params = await context.params;
    const id = diagramIdParam(params.id);
    if (!id.ok) return errorResponse(id.error);
    const number = versionParam(id.value, params.version);
    if (!number.ok) return errorResponse(number.error);
    const version = await getVersion(id.value, number.value);
    return version.ok ? json({ version: version.value }) : diagramErrorResponse(version.error);
  });
}
