import { liveService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { diagramAndTarget } from '@/lib/server/connections/route-input';
import { handleForDiagram, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/diagrams/:id/live/:target/drift → 200 { drift: DriftReport }: the statements that turn the live database into the diagram. */
export function GET(request: Request, context: { params: Promise<{ id: string; target: string }> }): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const input = await diagramAndTarget(id, access.workspaceId, context.params);
    if (!input.ok) return input.response;
    const drift = await (await liveService()).drift(input.value.document, input.value.target);
    return drift.ok ? json({ drift: drift.value }) : liveErrorResponse(drift.error);
  });
}
