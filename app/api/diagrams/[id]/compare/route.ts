import { CompareQuery } from '@/lib/api/history-requests';
import { compareDiagramStates } from '@/lib/server/history/compare';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest } from '@/lib/server/http';
import { queryParams } from '@/lib/server/migrations';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /api/diagrams/:id/compare?from=<version|current>&to=<version|current>&pg=13…18&safe=true|false
 * → 200 CompareDto { from, to, changes, migration, migrationProblem }: both
 * documents, what changed table by table, and the migration from one to the other. Needs view.
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const query = parseRequest(CompareQuery, queryParams(request.url));
    if (!query.ok) return errorResponse(query.error);
    const compared = await compareDiagramStates(id, query.value);
    return compared.ok ? json(compared.value) : diagramErrorResponse(compared.error);
  });
}
