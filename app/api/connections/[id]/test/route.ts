import { liveService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { targetInWorkspace } from '@/lib/server/connections/route-input';
import { handleForWorkspace, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** POST /api/connections/:id/test (id may be `sandbox`) → 200 { test: ConnectionTestResult }; 502 connection_failed, 403 forbidden_host. Needs edit. */
export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const target = await targetInWorkspace((await context.params).id, access.workspaceId);
    if (!target.ok) return target.response;
    const tested = await (await liveService()).test(target.value);
    return tested.ok ? json({ test: tested.value }) : liveErrorResponse(tested.error);
  });
}
