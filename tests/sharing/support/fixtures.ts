import { aDocument, aTable } from '../../../lib/model/testing';
import { DEFAULT_WORKSPACE_ID, type DiagramAccess, type WorkspaceRole } from '../../../lib/server/auth/types';
import type { Database } from '../../../lib/server/db/prisma';
import { createDiagram } from '../../../lib/server/diagrams';

let counter = 0;

/** A diagram in the default workspace; returns its id. */
export async function aDiagram(name = 'Shared'): Promise<string> {
  const created = await createDiagram(aDocument({ name, tables: [aTable({ name: 'accounts' })] }));
  if (!created.ok) throw new Error(`could not create a test diagram: ${created.error.message}`);
  return created.value.id;
}

/** A user who is a member of the default workspace with `role`. */
export async function aMember(db: Database, role: WorkspaceRole, name = `${role} ${++counter}`): Promise<{ id: string; name: string }> {
  const user = await db.user.create({
    data: { email: `${role}-${Date.now()}-${++counter}@example.com`, name, passwordHash: 'not-a-real-hash' },
    select: { id: true, name: true },
  });
  await db.workspaceMember.create({ data: { workspaceId: DEFAULT_WORKSPACE_ID, userId: user.id, role } });
  return user;
}

/** What authorization would hand a member of the default workspace. */
export function memberAccess(diagramId: string, user: { id: string; name: string }, role: WorkspaceRole): DiagramAccess {
  return {
    principal: { kind: 'user', userId: user.id, email: `${user.id}@example.com`, name: user.name },
    diagramId, workspaceId: DEFAULT_WORKSPACE_ID, role, userId: user.id, actorName: user.name,
  };
}

/** The embedded single-user owner (open mode). */
export function localAccess(diagramId: string): DiagramAccess {
  return { principal: { kind: 'local' }, diagramId, workspaceId: DEFAULT_WORKSPACE_ID, role: 'owner', userId: null, actorName: 'Local owner' };
}

/** A visitor who came through a share link with `role`. */
export function linkAccess(diagramId: string, role: 'viewer' | 'commenter' | 'editor'): DiagramAccess {
  return {
    principal: { kind: 'share', linkId: '00000000-0000-4000-8000-00000000beef', diagramId, role },
    diagramId, workspaceId: DEFAULT_WORKSPACE_ID, role, userId: null, actorName: 'Guest',
  };
}
