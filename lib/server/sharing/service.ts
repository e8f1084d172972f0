import type { CreatedShareLinkDto, ShareLinkDto, ShareLinkRole } from '../../api/share-dto';
import { ShareLinkIdParam } from '../../api/share-requests';
import { err, ok, type Result } from '../../result';
import { roleIn } from '../auth/memberships';
import { hashToken, newShareToken } from '../auth/tokens';
import { roleAllows, type DiagramAccess, type Permission, type WorkspaceRole } from '../auth/types';
import type { Database } from '../db/prisma';
import { cannotShareAtAll, expiryInPast, linkNotFound, linkVisitorCannotShare, notYourLink, ownerRequired, roleAboveOwn, type ShareError } from './errors';
import { LINK_COLUMNS, toLinkDto, type LinkRow } from './link-dto';

export interface CreateShareLinkInput {
  readonly role: ShareLinkRole;
  readonly label?: string;
  /** ISO 8601 with an offset; null or absent: never expires. */
  readonly expiresAt?: string | null;
}

export type ShareResult<T> = Promise<Result<T, ShareError>>;

/** What a link's role lets its holder do. */
const GRANTS: Record<ShareLinkRole, Permission> = { viewer: 'view', commenter: 'comment', editor: 'edit' };

/** The role ceiling: nobody hands out more than they have (an editor shares as editor at most). */
export function mayGrant(own: WorkspaceRole, linkRole: ShareLinkRole): boolean {
  return roleAllows(own, GRANTS[linkRole]);
}

/**
 * Share links of diagrams. The rules, in one place:
 * - making and listing links needs `edit` on the diagram (editors and owners);
 *   a link's role is at most the maker's own (an editor shares as editor at most);
 * - sharing power comes from workspace membership, never from a link: people who
 *   came in through a share link cannot make or revoke links (and a member's
 *   link-lent role does not count), so revoking a link really cuts off everyone
 *   who came through it;
 * - revoking: an owner revokes any link, anyone else only the links they made;
 *   revoking twice changes nothing (the first time stays the revocation time);
 * - in open mode (the workspace has no owner account yet) no link can be made:
 *   a link turns access control on, which would lock the local user out.
 * Only the token's SHA-256 is stored; the token itself is returned once.
 */
export function createShareService(db: Database, clock: () => Date = () => new Date()) {
  const ownerAccountExists = async (workspaceId: string) =>
    (await db.workspaceMember.findFirst({ where: { workspaceId, role: 'owner' }, select: { userId: true } })) !== null;

  /**
   * The role someone shares with: their own workspace role, never one a share link
   * lent them (a member viewer who also holds an editor link may not make links).
   */
  const sharingRole = async (access: DiagramAccess): Promise<WorkspaceRole | null> => {
    switch (access.principal.kind) {
      case 'local':
        return access.role;
      case 'share':
        return null;
      case 'user':
        return roleIn(db, access.workspaceId, access.principal.userId);
    }
  };

  /** Making and revoking: a workspace member (not a link visitor) whose own role has `edit`. */
  const sharer = async (access: DiagramAccess): Promise<Result<WorkspaceRole, ShareError>> => {
    const role = await sharingRole(access);
    if (role === null) return err(linkVisitorCannotShare());
    return roleAllows(role, 'edit') ? ok(role) : err(cannotShareAtAll(role));
  };

  const mayRevoke = (role: WorkspaceRole, access: DiagramAccess, link: Pick<LinkRow, 'createdBy'>): boolean =>
    role === 'owner' || (access.userId !== null && link.createdBy === access.userId);

  return {
    async createLink(access: DiagramAccess, input: CreateShareLinkInput): ShareResult<CreatedShareLinkDto> {
      const role = await sharer(access);
      if (!role.ok) return role;
      if (!mayGrant(role.value, input.role)) return err(roleAboveOwn(input.role, role.value));
      if (!(await ownerAccountExists(access.workspaceId))) return err(ownerRequired());

      const now = clock();
      const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt <= now) return err(expiryInPast(input.expiresAt!));

      const token = newShareToken();
      const row = await db.shareLink.create({
        data: {
          diagramId: access.diagramId,
          tokenHash: hashToken(token),
          role: input.role,
          label: input.label ?? null,
          createdBy: access.userId,
          expiresAt,
        },
        select: LINK_COLUMNS,
      });
      return ok({ link: toLinkDto(row, now, true), token, path: `/s/${token}` });
    },

    /**
     * Every link of the diagram, newest first, revoked and expired ones included
     * (with their status). Anyone with `edit` may read the list — an editor link's
     * visitor too: it holds no token, only what each link is and who made it.
     */
    async listLinks(access: DiagramAccess): ShareResult<ShareLinkDto[]> {
      if (!roleAllows(access.role, 'edit')) return err(cannotShareAtAll(access.role));
      const role = await sharer(access);
      const now = clock();
      const rows = await db.shareLink.findMany({
        where: { diagramId: access.diagramId },
        select: LINK_COLUMNS,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      });
      return ok(rows.map((row) => toLinkDto(row, now, role.ok && mayRevoke(role.value, access, row))));
    },

    async revokeLink(access: DiagramAccess, linkId: string): ShareResult<ShareLinkDto> {
      if (!ShareLinkIdParam.safeParse(linkId).success) return err(linkNotFound(access.diagramId, linkId));
      const where = { id: linkId, diagramId: access.diagramId };
      const link = await db.shareLink.findFirst({ where, select: { createdBy: true } });
      // A link of another diagram is "not found" here, like one that does not exist.
      if (!link) return err(linkNotFound(access.diagramId, linkId));
      const role = await sharer(access);
      if (!role.ok) return role;
      if (!mayRevoke(role.value, access, link)) return err(notYourLink());

      const now = clock();
      // Conditional, so a second revoke (or two at once) keeps the first revocation time.
      await db.shareLink.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: now } });
      const row = await db.shareLink.findFirstOrThrow({ where, select: LINK_COLUMNS });
      return ok(toLinkDto(row, now, true));
    },
  };
}

export type ShareService = ReturnType<typeof createShareService>;
