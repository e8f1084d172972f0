import { connectionService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { diagramAndTarget } from '@/lib/server/connections/route-input';
import { discoverOnTarget } from '@/lib/server/discovery';
import { discoveryQuery } from '@/lib/server/discovery/query';
import { handleForDiagram, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/diagrams/:id/live/:target/dependencies[?table=<id>&sample=10000&maxError=0.01&maxLhs=3&seed=42]
 * → 200 { discovery: DiscoveryReport }: functional dependencies found on a sample of each
 * table's rows, as SUGGESTED_DATA_DEPENDENCY suggestions. Read-only on the target.
 */
export function GET(request: Request, context: { params: Promise<{ id: string; target: string }> }): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const query = discoveryQuery(new URL(request.url).searchParams);
    if (!query.ok) return liveErrorResponse({ kind: 'invalid_request', ...query.error });
    const input = await diagramAndTarget(id, access.workspaceId, context.params);
    if (!input.ok) return input.response;
    const unknown = query.value.tableIds?.find((tableId) => !input.value.document.tables.some((t) => t.id === tableId));
    if (unknown) return liveErrorResponse({ kind: 'not_found', message: `no table with id "${unknown}" in the diagram` });
    const found = await discoverOnTarget(await connectionService(), input.value.target, input.value.document, query.value);
    return found.ok ? json({ discovery: found.value }) : liveErrorResponse(found.error);
  });
}
