import type { SandboxStatus } from '@/lib/api/dto';
import { ResetSandboxRequest } from '@/lib/api/requests';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, handleForWorkspace, json, parseRequest, readJsonBody } from '@/lib/server/http';
import { resetSandbox } from '@/lib/server/sandbox/sandbox';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/sandbox/reset { confirm: "sandbox" } → 200 { sandbox }: closes, wipes and restarts the sandbox.
 * Needs manage: the sandbox is one per server, shared by every workspace.
 */
export function POST(request: Request): Promise<Response> {
  return handleForWorkspace(request, 'manage', async () => {
    const body = await readJsonBody(request, { maxBytes: 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(ResetSandboxRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const info = await resetSandbox();
    // The sandbox's history is gone, so is the app's record of what was applied there.
    await (await getStorage()).db.liveMigration.deleteMany({ where: { target: 'sandbox' } });
    const sandbox: SandboxStatus = { id: 'sandbox', name: 'Sandbox', state: info.state, location: info.location, database: 'postgres' };
    return json({ sandbox });
  });
}
