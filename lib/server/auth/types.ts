/**
 * Who is asking, and what they may do. Every route handler gets a `Principal`
 * from the request (lib/server/auth/resolve.ts) and checks a `Permission`
 * against the role that principal has on the workspace or diagram concerned.
 */

export const WORKSPACE_ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

export const SHARE_ROLES = ['viewer', 'commenter', 'editor'] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];

/**
 * view: read the diagram and everything computed from it (problems, SQL, bundle).
 * comment: view + write and resolve comments.
 * edit: comment + change the document, versions, use connections and live databases.
 * manage: edit + delete, share links, members, connection settings.
 */
export const PERMISSIONS = ['view', 'comment', 'edit', 'manage'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type Principal =
  /** The embedded single-user default: nobody has signed up and no share link exists. */
  | { kind: 'local' }
  | { kind: 'user'; userId: string; email: string; name: string }
  /** A visitor holding a share link: one diagram, the link's role. */
  | { kind: 'share'; linkId: string; diagramId: string; role: ShareRole };

/** The outcome of a successful check on one diagram. */
export interface DiagramAccess {
  readonly principal: Principal;
  readonly diagramId: string;
  readonly workspaceId: string;
  /** The effective role: the workspace role, or a share link's role. */
  readonly role: WorkspaceRole;
  /** The user's id, null for the local owner and link visitors. */
  readonly userId: string | null;
  /** How this person is named to others (comments, presence, operation log). */
  readonly actorName: string;
}

/** The outcome of a successful check on one workspace (connections, diagram list, creating diagrams). */
export interface WorkspaceAccess {
  readonly principal: Principal;
  readonly workspaceId: string;
  readonly role: WorkspaceRole;
  readonly userId: string | null;
  readonly actorName: string;
}

const RANK: Record<WorkspaceRole, number> = { viewer: 0, commenter: 1, editor: 2, owner: 3 };
const NEEDS: Record<Permission, WorkspaceRole> = { view: 'viewer', comment: 'commenter', edit: 'editor', manage: 'owner' };

/** True when `role` includes `permission`. */
export function roleAllows(role: WorkspaceRole, permission: Permission): boolean {
  return RANK[role] >= RANK[NEEDS[permission]];
}

export const DEFAULT_WORKSPACE_ID = '00000000-0000-4000-8000-000000000001';
export const LOCAL_OWNER_NAME = 'Local owner';
