import { liveService } from '@/lib/server/connections';
import { liveErrorResponse, targetParam } from '@/lib/server/connections/http';
import { handle, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** POST /api/connections/:id/test (id may be `sandbox`) → 200 { test: ConnectionTestResult }; 502 connection_failed, 403 forbidden_host. */
export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(request, async () => {
    const target = targetParam((await context.params).id);
    if (!target.ok) return target.response;
    const tested = await (await liveService()).test(target.value);
    return tested.ok ? json({ test: tested.value }) : liveErrorResponse(tested.error);
  });
}
