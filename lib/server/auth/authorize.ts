import { err, ok, type Result } from '../../result';
import type { Database } from '../db/prisma';
import { getStorage } from '../db/singleton';
import type { ApiError } from '../http/responses';
import { accessMode } from './access-mode';
import { readCredentials, type Credentials } from './credentials';
import { readCookie, WORKSPACE_COOKIE } from './cookies';
import { checkOrigin } from './csrf';
import { higherRole, homeWorkspace, roleIn } from './memberships';
import {
  DEFAULT_WORKSPACE_ID, LOCAL_OWNER_NAME, roleAllows,
  type DiagramAccess, type Permission, type Principal, type WorkspaceAccess, type WorkspaceRole,
} from './types';

/*
 * Who is asking (a session, a share link, or — when access control does not
 * apply — the local owner or the only account), and what they may do. Nothing
 * here is cached: every request reads its session, link and memberships, so a
 * sign-out, a removed member or a revoked link counts from the next request.
 */

/** How a visitor with a share link is named to others (comments, presence). */
export const LINK_VISITOR_NAME = 'Guest with a link';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Requester {
  readonly principal: Principal;
  readonly credentials: Credentials;
}

async function requester(db: Database, request: Request): Promise<Result<Requester, ApiError>> {
  const origin = checkOrigin(request);
  if (!origin.ok) return origin;
  const credentials = await readCredentials(db, request);
  if (credentials.user) return ok({ credentials, principal: userPrincipal(credentials.user) });
  if (credentials.share) {
    const { linkId, diagramId, role } = credentials.share;
    return ok({ credentials, principal: { kind: 'share', linkId, diagramId, role } });
  }
  const mode = await accessMode(db);
  if (mode.kind === 'open') return ok({ credentials, principal: { kind: 'local' } });
  if (mode.kind === 'single-user') return ok({ credentials, principal: userPrincipal(mode.user) });
  const presented = request.headers.has('cookie') && /tablecraft_(session|share)=/.test(request.headers.get('cookie') ?? '');
  const bearer = request.headers.get('authorization') !== null;
  return err({
    code: 'unauthorized',
    message: presented || bearer
      ? 'your session has ended or the share link is no longer valid: sign in again, or ask for a new link'
      : 'sign in to continue: this Tablecraft server has accounts or share links, so every request needs a session or a share link',
  });
}

const userPrincipal = (user: { id: string; email: string; name: string }): Principal => ({ kind: 'user', userId: user.id, email: user.email, name: user.name });

function actorOf(principal: Principal): { userId: string | null; actorName: string } {
  switch (principal.kind) {
    case 'user':
      return { userId: principal.userId, actorName: principal.name };
    case 'local':
      return { userId: null, actorName: LOCAL_OWNER_NAME };
    case 'share':
      return { userId: null, actorName: LINK_VISITOR_NAME };
  }
}

const ABILITY: Record<Permission, string> = {
  view: 'view it',
  comment: 'comment on it',
  edit: 'change it, its versions or its live databases',
  manage: 'delete it, share it or manage members and connection settings',
};

function notAllowed(role: WorkspaceRole, permission: Permission, what: string): ApiError {
  return { code: 'forbidden', message: `your role on this ${what} is ${role}, which cannot ${ABILITY[permission]}: ask a workspace owner for more access` };
}

/** Who is asking: a 401 `unauthorized` when access control applies and the request carries no valid session or link. */
export async function authenticate(request: Request): Promise<Result<Principal, ApiError>> {
  const found = await requester((await getStorage()).db, request);
  return found.ok ? ok(found.value.principal) : found;
}

/**
 * May the requester do `permission` on diagram `diagramId`? A diagram the
 * requester cannot see at all is a 404 (its existence is not revealed); one they
 * can see but not change is a 403.
 */
export async function authorizeDiagram(request: Request, diagramId: string, permission: Permission): Promise<Result<DiagramAccess, ApiError>> {
  const { db } = await getStorage();
  const found = await requester(db, request);
  if (!found.ok) return found;
  const { principal, credentials } = found.value;
  const notFound: ApiError = { code: 'not_found', message: `no diagram with id "${diagramId}"` };
  const row = UUID.test(diagramId) ? await db.diagram.findUnique({ where: { id: diagramId }, select: { workspaceId: true } }) : null;
  if (!row) return err(notFound);

  let role: WorkspaceRole | null = principal.kind === 'local' ? 'owner' : null;
  if (principal.kind === 'user') role = await roleIn(db, row.workspaceId, principal.userId);
  if (credentials.share?.diagramId === diagramId) role = higherRole(role, credentials.share.role);
  if (role === null) return err(notFound);
  if (!roleAllows(role, permission)) return err(notAllowed(role, permission, 'diagram'));
  return ok({ principal, diagramId, workspaceId: row.workspaceId, role, ...actorOf(principal) });
}

/**
 * May the requester do `permission` in a workspace? `workspaceId` defaults to
 * the requester's own (the `workspace` query parameter picks another).
 */
export async function authorizeWorkspace(request: Request, permission: Permission, workspaceId?: string): Promise<Result<WorkspaceAccess, ApiError>> {
  const { db } = await getStorage();
  const found = await requester(db, request);
  if (!found.ok) return found;
  const { principal } = found.value;
  const notFound: ApiError = { code: 'not_found', message: `no workspace with id "${workspaceId}" that you are a member of` };
  if (workspaceId !== undefined && !UUID.test(workspaceId)) return err(notFound);

  let chosen: { workspaceId: string; role: WorkspaceRole } | null;
  switch (principal.kind) {
    case 'share':
      return err({ code: 'forbidden', message: 'a share link opens one diagram only: sign in to see workspaces, diagram lists and connections' });
    case 'local':
      chosen = { workspaceId: workspaceId ?? DEFAULT_WORKSPACE_ID, role: 'owner' };
      break;
    case 'user':
      if (workspaceId === undefined) {
        chosen = await homeWorkspace(db, principal.userId, readCookie(request, WORKSPACE_COOKIE));
        if (!chosen) return err({ code: 'forbidden', message: 'you are not a member of any workspace: create one, or ask an owner to add you' });
      } else {
        const role = await roleIn(db, workspaceId, principal.userId);
        if (!role) return err(notFound);
        chosen = { workspaceId, role };
      }
      break;
  }
  if (!roleAllows(chosen.role, permission)) return err(notAllowed(chosen.role, permission, 'workspace'));
  return ok({ principal, workspaceId: chosen.workspaceId, role: chosen.role, ...actorOf(principal) });
}
