import type { SessionDto, WorkspaceSummaryDto } from '../../api/auth-dto';
import type { Database } from '../db/prisma';
import { accessMode } from './access-mode';
import { ownerExists } from './accounts';
import { readCookie, WORKSPACE_COOKIE } from './cookies';
import { readCredentials } from './credentials';
import { homeWorkspace } from './memberships';
import { signUpClosed } from './settings';
import { DEFAULT_WORKSPACE_ID } from './types';
import { workspacesOf } from './workspaces';

/** What `GET /api/auth/session` answers: who the requester is and what the server allows. Never fails with 401. */
export async function sessionInfo(db: Database, request: Request): Promise<SessionDto> {
  const [credentials, mode, hasOwner] = await Promise.all([readCredentials(db, request), accessMode(db), ownerExists(db)]);
  const modeName = mode.kind;
  const signUpOpen = !hasOwner || !signUpClosed();
  const base = { mode: modeName, signUpOpen, ownerExists: hasOwner, signedIn: credentials.user !== null, share: null, currentWorkspaceId: null };

  const user = credentials.user ?? (!credentials.share && mode.kind === 'single-user' ? mode.user : null);
  if (user) {
    const [workspaces, current] = await Promise.all([workspacesOf(db, user.id), homeWorkspace(db, user.id, readCookie(request, WORKSPACE_COOKIE))]);
    return { ...base, kind: 'user', user: { id: user.id, email: user.email, name: user.name }, workspaces, currentWorkspaceId: current?.workspaceId ?? null };
  }
  if (credentials.share) {
    const { diagramId, role } = credentials.share;
    return { ...base, kind: 'share', user: null, share: { diagramId, role }, workspaces: [] };
  }
  if (mode.kind === 'open') {
    const name = (await db.workspace.findUnique({ where: { id: DEFAULT_WORKSPACE_ID }, select: { name: true } }))?.name ?? 'Default workspace';
    const workspaces: WorkspaceSummaryDto[] = [{ id: DEFAULT_WORKSPACE_ID, name, role: 'owner' }];
    return { ...base, kind: 'local', user: null, workspaces, currentWorkspaceId: DEFAULT_WORKSPACE_ID };
  }
  return { ...base, kind: 'anonymous', user: null, workspaces: [] };
}
