import { err, ok, type Result } from '../../result';
import { getStorage } from '../db/singleton';
import type { ApiError } from '../http/responses';
import { DEFAULT_WORKSPACE_ID, LOCAL_OWNER_NAME, type DiagramAccess, type Permission, type Principal, type WorkspaceAccess } from './types';

/*
 * FOUNDATION STUB (being replaced by the accounts work): every request is the
 * local owner. The signatures are the contract every route handler uses.
 */

/** Who is asking: a 401 `unauthorized` when access control applies and the request carries no valid session or link. */
export async function authenticate(_request: Request): Promise<Result<Principal, ApiError>> {
  return ok({ kind: 'local' });
}

/**
 * May the requester do `permission` on diagram `diagramId`? A diagram the
 * requester cannot see at all is a 404 (its existence is not revealed); one they
 * can see but not change is a 403.
 */
export async function authorizeDiagram(request: Request, diagramId: string, _permission: Permission): Promise<Result<DiagramAccess, ApiError>> {
  const principal = await authenticate(request);
  if (!principal.ok) return principal;
  const storage = await getStorage();
  const row = await storage.db.diagram.findUnique({ where: { id: diagramId }, select: { workspaceId: true } });
  if (!row) return err({ code: 'not_found', message: `no diagram with id "${diagramId}"` });
  return ok({ principal: principal.value, diagramId, workspaceId: row.workspaceId, role: 'owner', userId: null, actorName: LOCAL_OWNER_NAME });
}

/**
 * May the requester do `permission` in a workspace? `workspaceId` defaults to
 * the requester's own (the `workspace` query parameter picks another).
 */
export async function authorizeWorkspace(request: Request, _permission: Permission, workspaceId?: string): Promise<Result<WorkspaceAccess, ApiError>> {
  const principal = await authenticate(request);
  if (!principal.ok) return principal;
  return ok({ principal: principal.value, workspaceId: workspaceId ?? DEFAULT_WORKSPACE_ID, role: 'owner', userId: null, actorName: LOCAL_OWNER_NAME });
}
