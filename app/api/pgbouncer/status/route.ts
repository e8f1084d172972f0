import { handleForWorkspace, json } from '@/lib/server/http';
import { resolveConsole } from '../_lib/console-target';
import { PgBouncerStatusRequest } from '../_lib/dto';
import { readBody } from '../_lib/route-body';
import { status } from '../_lib/service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/pgbouncer/status { adminUrl } | { connectionId } → 200 { pgbouncer: PgBouncerStatusDto }:
 * SHOW VERSION, CONFIG, DATABASES and POOLS. 403 forbidden_host, 502 connection_failed.
 */
export function POST(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const body = await readBody(request, PgBouncerStatusRequest);
    if (!body.ok) return body.response;
    const console = await resolveConsole(body.value, access);
    if (!console.ok) return console.error;
    const answer = await status(console.value);
    return answer.ok ? json({ pgbouncer: answer.value }) : answer.error;
  });
}
