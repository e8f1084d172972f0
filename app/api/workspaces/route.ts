import { CreateWorkspaceRequest } from '@/lib/api/auth-requests';
import type { WorkspaceSummaryDto } from '@/lib/api/auth-dto';
import { accountOf, DEFAULT_WORKSPACE_ID } from '@/lib/server/auth';
import { createWorkspace, workspacesOf, workspaceSummary } from '@/lib/server/auth/workspaces';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, handleAuthenticated, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/workspaces → 200 { workspaces: WorkspaceSummaryDto[] }: the requester's, with their role. 403 for share-link visitors. */
export function GET(request: Request): Promise<Response> {
  return handleAuthenticated(request, async (principal) => {
    const account = accountOf(principal);
    if (!account.ok) return errorResponse(account.error);
    const { db } = await getStorage();
    const { userId } = account.value;
    let workspaces: WorkspaceSummaryDto[];
    if (userId !== null) workspaces = await workspacesOf(db, userId);
    else workspaces = [await workspaceSummary(db, DEFAULT_WORKSPACE_ID, 'owner')].filter((w) => w !== null);
    return json({ workspaces });
  });
}

/** POST /api/workspaces { name } → 201 { workspace }: a new workspace with the requester as its owner. */
export function POST(request: Request): Promise<Response> {
  return handleAuthenticated(request, async (principal) => {
    const account = accountOf(principal);
    if (!account.ok) return errorResponse(account.error);
    const { userId } = account.value;
    if (userId === null) return errorResponse({ code: 'forbidden', message: 'workspaces belong to accounts: create the owner account first (/setup)' });
    const body = await readJsonBody(request, { maxBytes: 4096 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateWorkspaceRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const workspace = await createWorkspace((await getStorage()).db, userId, parsed.value.name);
    return json({ workspace }, 201, { location: `/api/workspaces/${workspace.id}/members` });
  });
}
