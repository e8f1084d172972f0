import { RollbackRequest } from '@/lib/api/requests';
import { liveService } from '@/lib/server/connections';
import { liveErrorResponse, streamRun } from '@/lib/server/connections/http';
import { diagramAndTarget } from '@/lib/server/connections/route-input';
import { errorResponse, handleForDiagram, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** POST /api/diagrams/:id/live/:target/rollback { toVersion, dryRun?, confirm?, backup? } → 200 NDJSON like apply: the DOWNs above toVersion, newest first. */
export function POST(request: Request, context: { params: Promise<{ id: string; target: string }> }): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const input = await diagramAndTarget(id, access.workspaceId, context.params);
    if (!input.ok) return input.response;
    const body = await readJsonBody(request, { maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(RollbackRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const started = await (await liveService()).startRollback(input.value.diagramId, input.value.target, parsed.value);
    return started.ok ? streamRun(started.value) : liveErrorResponse(started.error);
  });
}
