import type { Database } from '../db/prisma';
import { resolveShareToken, type ResolvedShareLink } from '../sharing/resolve';
import { SESSION_COOKIE, SHARE_COOKIE, readCookie } from './cookies';
import { sessionUser, type SessionUser } from './sessions';

/** What a request proves about who sends it, before any access mode applies. */
export interface Credentials {
  /** A signed-in account (valid, unexpired session cookie). */
  readonly user: SessionUser | null;
  /** A usable share link (cookie `tablecraft_share` or `Authorization: Bearer tcs_…`). */
  readonly share: ResolvedShareLink | null;
}

export function shareTokenOf(request: Request): string | null {
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  return readCookie(request, SHARE_COOKIE);
}

export async function readCredentials(db: Database, request: Request, now: Date = new Date()): Promise<Credentials> {
  const sessionToken = readCookie(request, SESSION_COOKIE);
  const user = sessionToken ? await sessionUser(db, sessionToken, now) : null;
  const shareToken = shareTokenOf(request);
  const share = shareToken ? await resolveShareToken(db, shareToken, now) : null;
  return { user, share };
}
