import type { Database } from '../db/prisma';
import { hashToken, isShareTokenShape } from '../auth/tokens';
import type { ShareRole } from '../auth/types';

export interface ResolvedShareLink {
  readonly linkId: string;
  readonly diagramId: string;
  readonly role: ShareRole;
}

/**
 * The share link a token opens, or null when the token is malformed, unknown,
 * revoked or expired — the caller answers all four the same way, so a probe
 * learns nothing about which it was.
 */
export async function resolveShareToken(db: Database, token: string, now: Date = new Date()): Promise<ResolvedShareLink | null> {
  if (!isShareTokenShape(token)) return null;
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, diagramId: true, role: true, revokedAt: true, expiresAt: true },
  });
  if (!link || link.revokedAt !== null || (link.expiresAt !== null && link.expiresAt <= now)) return null;
  return { linkId: link.id, diagramId: link.diagramId, role: link.role as ShareRole };
}

/** True when at least one link is usable now: from then on access control applies. */
export async function anyActiveShareLink(db: Database, now: Date = new Date()): Promise<boolean> {
  const found = await db.shareLink.findFirst({
    where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { id: true },
  });
  return found !== null;
}
