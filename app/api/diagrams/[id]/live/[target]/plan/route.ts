import { liveService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { diagramAndTarget } from '@/lib/server/connections/route-input';
import { handleForDiagram, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/diagrams/:id/live/:target/plan → 200 { plan: LivePlan }: the migrations from the last applied version to the diagram now. */
export function GET(request: Request, context: { params: Promise<{ id: string; target: string }> }): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const input = await diagramAndTarget(id, access.workspaceId, context.params);
    if (!input.ok) return input.response;
    const plan = await (await liveService()).plan(input.value.diagramId, input.value.document, input.value.target);
    return plan.ok ? json({ plan: plan.value }) : liveErrorResponse(plan.error);
  });
}
