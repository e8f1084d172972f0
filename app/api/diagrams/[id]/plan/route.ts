import { PlanQuery } from '@/lib/api/requests';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest } from '@/lib/server/http';
import { buildPlan, generationErrorResponse, loadEndpoints, queryParams } from '@/lib/server/migrations';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /api/diagrams/:id/plan?from=empty|current|<version>&to=current|<version>&pg=13…18&safe=true|false
 * → 200 { plan: PlanDto }: the migration files with their statements (lock,
 * hazards, explanation) and the lint findings on the generated SQL.
 * 422 invalid_document when the generator refuses the diagram (each problem names the object).
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const query = parseRequest(PlanQuery, queryParams(request.url));
    if (!query.ok) return errorResponse(query.error);
    const { from, to, pg, safe } = query.value;
    const endpoints = await loadEndpoints(id, from, to, pg);
    if (!endpoints.ok) return diagramErrorResponse(endpoints.error);
    const plan = await buildPlan(endpoints.value, { from, to }, safe);
    return plan.ok ? json({ plan: plan.value }) : generationErrorResponse(plan.error);
  });
}
