import { getVersion } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, versionParam } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; version: string }>;
}

/** GET /api/diagrams/:id/versions/:version → 200 { version: VersionDetail } (needs view) */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const number = versionParam(id, (await context.params).version);
    if (!number.ok) return errorResponse(number.error);
    const version = await getVersion(id, number.value);
    return version.ok ? json({ version: version.value }) : diagramErrorResponse(version.error);
  });
}
