import type { Database } from '../db/prisma';
import { hashToken, isShareTokenShape } from '../auth/tokens';
import type { ShareRole } from '../auth/types';

export interface ResolvedShareLink {
  readonly linkId: string;
  readonly diagramId: string;
  readonly role: ShareRole;
}

/** A resolved link with its expiry, for the /s/<token> visit that sizes the cookie's lifetime by it. */
export interface VisitableShareLink extends ResolvedShareLink {
  readonly expiresAt: Date | null;
}

/**
 * The share link a token opens, or null when the token is malformed, unknown,
 * revoked or expired — the caller answers all four the same way, so a probe
 * learns nothing about which it was.
 */
export async function resolveShareToken(db: Database, token: string, now: Date = new Date()): Promise<ResolvedShareLink | null> {
  const link = await resolveShareLinkWithExpiry(db, token, now);
  return link && { linkId: link.linkId, diagramId: link.diagramId, role: link.role };
}

/** `resolveShareToken`, plus when the link stops working. */
export async function resolveShareLinkWithExpiry(db: Database, token: string, now: Date = new Date()): Promise<VisitableShareLink | null> {
  if (!isShareTokenShape(token)) return null;
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, diagramId: true, role: true, revokedAt: true, expiresAt: true },
  });
  if (!link || link.revokedAt !== null || (link.expiresAt !== null && link.expiresAt <= now)) return null;
  return { linkId: link.id, diagramId: link.diagramId, role: link.role as ShareRole, expiresAt: link.expiresAt };
}

/**
 * True once any share link has been made, even if it was since revoked or has
 * expired: from then on access control applies for good. A revoked link's
 * holder must not become the single account's owner the moment the last active
 * link goes (which "no active link → single-user mode" would allow).
 */
export async function anyShareLinkMade(db: Database): Promise<boolean> {
  const found = await db.shareLink.findFirst({ select: { id: true } });
  return found !== null;
}
