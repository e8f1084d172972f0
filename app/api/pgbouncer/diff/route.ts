import { authorizeDiagram } from '@/lib/server/auth';
import { errorResponse, handleForWorkspace, json } from '@/lib/server/http';
import { resolveConsole } from '../_lib/console-target';
import { PgBouncerDiffRequest } from '../_lib/dto';
import { readBody } from '../_lib/route-body';
import { diff } from '../_lib/service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/pgbouncer/diff { adminUrl | connectionId, diagramId | workload, version? } → 200 { diff: PgBouncerDiffDto }:
 * each [pgbouncer] setting whose live value differs from the generated one, and
 * whether it applies live (`set`), needs a restart, or is unknown to the running version.
 */
export function POST(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const body = await readBody(request, PgBouncerDiffRequest);
    if (!body.ok) return body.response;
    // A diagram's saved workload is read only by someone who may view that diagram.
    if (body.value.diagramId !== undefined) {
      const diagram = await authorizeDiagram(request, body.value.diagramId, 'view');
      if (!diagram.ok) return errorResponse(diagram.error);
    }
    const console = await resolveConsole(body.value, access);
    if (!console.ok) return console.error;
    const answer = await diff(console.value, body.value, body.value.version);
    return answer.ok ? json({ diff: answer.value }) : answer.error;
  });
}
