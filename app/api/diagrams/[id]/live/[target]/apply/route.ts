import { ApplyRequest } from '@/lib/api/requests';
import { liveService } from '@/lib/server/connections';
import { liveErrorResponse, streamRun } from '@/lib/server/connections/http';
import { diagramAndTarget } from '@/lib/server/connections/route-input';
import { errorResponse, handleForDiagram, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/diagrams/:id/live/:target/apply { dryRun?, planId?, confirm?, backup? } →
 * 200 application/x-ndjson: LiveStreamLine per line, progress statement by statement, the result last.
 * Refusals before the run starts (plan changed, target unreachable) are ordinary error responses.
 */
export function POST(request: Request, context: { params: Promise<{ id: string; target: string }> }): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const input = await diagramAndTarget(id, access.workspaceId, context.params);
    if (!input.ok) return input.response;
    const body = await readJsonBody(request, { optional: true, maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(ApplyRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(parsed.error);
    const started = await (await liveService()).startApply(input.value.diagramId, input.value.document, input.value.target, parsed.value);
    return started.ok ? streamRun(started.value) : liveErrorResponse(started.error);
  });
}
