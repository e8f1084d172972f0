/**
 * The HTTP contract of share links and of "what may I do here" (the `access`
 * beside a diagram). Shared by the route handlers and the browser; no I/O.
 */

/** The roles a share link can carry (owner is never shared by link). */
export const SHARE_LINK_ROLES = ['viewer', 'commenter', 'editor'] as const;
export type ShareLinkRole = (typeof SHARE_LINK_ROLES)[number];

/** A person's effective role on one diagram: their workspace role, or their link's role. */
export type DiagramRole = 'owner' | 'editor' | 'commenter' | 'viewer';

/** active: opens the diagram now; expired: its expiry has passed; revoked: someone revoked it (wins over expired). */
export type ShareLinkStatus = 'active' | 'expired' | 'revoked';

/** One share link as listed. Never carries the token or its hash: the token is shown once, at creation. */
export interface ShareLinkDto {
  id: string;
  role: ShareLinkRole;
  label: string | null;
  /** Who made it; null when made before accounts existed or when that account was deleted. */
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  status: ShareLinkStatus;
  /** True when the requester may revoke it (an owner, or the person who made it). */
  canRevoke: boolean;
}

/** The answer to creating a link: the only time the token is ever sent. */
export interface CreatedShareLinkDto {
  link: ShareLinkDto;
  /** `tcs_…`: whoever holds it opens the diagram with the link's role. */
  token: string;
  /** `/s/<token>`: the address to share, relative to the app's origin. */
  path: string;
}

/** How the requester reached the diagram. */
export type AccessVia = 'local' | 'account' | 'link';

/** What the requester may do on a diagram; sent beside it by GET /api/diagrams/:id. */
export interface DiagramAccessDto {
  role: DiagramRole;
  /** How this person is named to others (comments, presence). */
  actorName: string;
  via: AccessVia;
  canComment: boolean;
  canEdit: boolean;
  canManage: boolean;
  /** May make and list share links: editors and owners with an account (or the local owner); never a link visitor. */
  canShare: boolean;
}

const RANK: Record<DiagramRole, number> = { viewer: 0, commenter: 1, editor: 2, owner: 3 };

/** The link roles someone with role `own` may hand out (the server enforces the same ceiling). */
export function grantableRoles(own: DiagramRole): ShareLinkRole[] {
  return SHARE_LINK_ROLES.filter((role) => RANK[role] <= RANK[own]);
}
