import type { Database } from '../db/prisma';
import { WORKSPACE_ROLES, type WorkspaceRole } from './types';

const RANK: Record<WorkspaceRole, number> = { viewer: 0, commenter: 1, editor: 2, owner: 3 };

export function isWorkspaceRole(value: string): value is WorkspaceRole {
  return (WORKSPACE_ROLES as readonly string[]).includes(value);
}

/** The stronger of two roles (a member who also holds a link gets the higher one). */
export function higherRole(a: WorkspaceRole | null, b: WorkspaceRole | null): WorkspaceRole | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

export async function roleIn(db: Database, workspaceId: string, userId: string): Promise<WorkspaceRole | null> {
  const row = await db.workspaceMember.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  return row && isWorkspaceRole(row.role) ? row.role : null;
}

/**
 * The workspace a user acts in when a request names none: the one they last
 * picked (the `tablecraft_workspace` cookie, a preference only — membership is
 * still checked here), else the oldest one they own, else the oldest they belong to.
 */
export async function homeWorkspace(db: Database, userId: string, preferred: string | null = null): Promise<{ workspaceId: string; role: WorkspaceRole } | null> {
  const rows = await db.workspaceMember.findMany({ where: { userId }, select: { workspaceId: true, role: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { workspaceId: 'asc' }] });
  const chosen = rows.find((r) => r.workspaceId === preferred) ?? rows.find((r) => r.role === 'owner') ?? rows[0];
  return chosen && isWorkspaceRole(chosen.role) ? { workspaceId: chosen.workspaceId, role: chosen.role } : null;
}
