import type { ShareLinkDto, ShareLinkRole, ShareLinkStatus } from '../../api/share-dto';

/** The columns a listing reads: never `token_hash`. */
export const LINK_COLUMNS = {
  id: true,
  role: true,
  label: true,
  createdBy: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  creator: { select: { id: true, name: true } },
} as const;

export interface LinkRow {
  id: string;
  role: string;
  label: string | null;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  creator: { id: string; name: string } | null;
}

/** Revoked wins over expired: it is the more deliberate of the two. */
export function linkStatus(link: Pick<LinkRow, 'expiresAt' | 'revokedAt'>, now: Date): ShareLinkStatus {
  if (link.revokedAt !== null) return 'revoked';
  if (link.expiresAt !== null && link.expiresAt <= now) return 'expired';
  return 'active';
}

export function toLinkDto(row: LinkRow, now: Date, canRevoke: boolean): ShareLinkDto {
  return {
    id: row.id,
    role: row.role as ShareLinkRole,
    label: row.label,
    createdBy: row.creator ? { id: row.creator.id, name: row.creator.name } : null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: linkStatus(row, now),
    canRevoke,
  };
}
