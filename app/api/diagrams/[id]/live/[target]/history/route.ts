import { liveService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { diagramAndTarget } from '@/lib/server/connections/route-input';
import { handleForDiagram, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/diagrams/:id/live/:target/history → 200 { history: LiveHistory }, read from the target's tablecraft_meta.migration_history. */
export function GET(request: Request, context: { params: Promise<{ id: string; target: string }> }): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const input = await diagramAndTarget(id, access.workspaceId, context.params);
    if (!input.ok) return input.response;
    const history = await (await liveService()).history(input.value.diagramId, input.value.target);
    return history.ok ? json({ history: history.value }) : liveErrorResponse(history.error);
  });
}
