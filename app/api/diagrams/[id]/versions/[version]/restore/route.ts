import { RestoreRequest } from '@/lib/api/history-requests';
import { restoreVersion } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest, readJsonBody, versionParam } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; version: string }>;
}

/**
 * POST /api/diagrams/:id/versions/:version/restore (no body, or `{}`) → 200 RestoreDto
 * { diagram, restored, before }: the version's schema becomes the diagram's
 * document; the document as it was is kept first as a checkpoint. Needs edit.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const number = versionParam(id, (await context.params).version);
    if (!number.ok) return errorResponse(number.error);
    const body = await readJsonBody(request, { optional: true });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(RestoreRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(parsed.error);
    const restored = await restoreVersion(id, number.value, access.actorName);
    return restored.ok ? json(restored.value) : diagramErrorResponse(restored.error);
  });
}
