import { authorizeDiagram } from '@/lib/server/auth';
import { errorResponse, handleForWorkspace, json } from '@/lib/server/http';
import { resolveConsole } from '../_lib/console-target';
import { PgBouncerApplyRequest } from '../_lib/dto';
import { readBody } from '../_lib/route-body';
import { apply } from '../_lib/service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/pgbouncer/apply { adminUrl | connectionId, diagramId | workload, version?, keys? } → 200 { apply: PgBouncerApplyDto }:
 * SETs on the admin console the (confirmed) settings PgBouncer can change live;
 * lists those that need a restart. The server never writes pgbouncer.ini (the
 * CLI's `--config-file … --reload` does, on the PgBouncer host), so a SET lasts
 * until PgBouncer reloads or restarts from its file.
 */
export function POST(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const body = await readBody(request, PgBouncerApplyRequest);
    if (!body.ok) return body.response;
    // A diagram's saved workload is read only by someone who may view that diagram.
    if (body.value.diagramId !== undefined) {
      const diagram = await authorizeDiagram(request, body.value.diagramId, 'view');
      if (!diagram.ok) return errorResponse(diagram.error);
    }
    const console = await resolveConsole(body.value, access);
    if (!console.ok) return console.error;
    const answer = await apply(console.value, body.value, body.value.version, body.value.keys);
    return answer.ok ? json({ apply: answer.value }) : answer.error;
  });
}
