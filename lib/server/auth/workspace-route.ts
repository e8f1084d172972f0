import { handle } from '../http/handle';
import { errorResponse } from '../http/responses';
import { authorizeWorkspace } from './authorize';
import type { Permission, WorkspaceAccess } from './types';

/**
 * `handle` for /api/workspaces/:id/** — the workspace comes from the path
 * (not the `workspace` query parameter): 404 to non-members, 403 below `permission`.
 */
export function handleForWorkspaceId(
  request: Request,
  context: { params: Promise<{ id: string }> },
  permission: Permission,
  work: (access: WorkspaceAccess) => Promise<Response>,
): Promise<Response> {
  return handle(request, async () => {
    const access = await authorizeWorkspace(request, permission, (await context.params).id);
    return access.ok ? work(access.value) : errorResponse(access.error);
  });
}
