import type { SandboxStatus } from '@/lib/api/dto';
import { handleForWorkspace, json } from '@/lib/server/http';
import { sandboxInfo } from '@/lib/server/sandbox/sandbox';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/sandbox → 200 { sandbox: SandboxStatus } (does not start it). Needs edit. */
export function GET(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'edit', async () => {
    const info = sandboxInfo();
    const sandbox: SandboxStatus = { id: 'sandbox', name: 'Sandbox', state: info.state, location: info.location, database: 'postgres' };
    return json({ sandbox });
  });
}
