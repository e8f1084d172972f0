import { SESSION_COOKIE, SHARE_COOKIE } from '../auth/cookies';
import { sessionUser } from '../auth/sessions';
import type { Database } from '../db/prisma';
import { resolveShareToken } from './resolve';

/**
 * True when the browser came in through a share link that has since been
 * revoked or has expired, and is not signed in: the diagram page then shows the
 * same "invalid or no longer active" answer as opening the link itself, instead
 * of whatever the API would say to a request without credentials.
 */
export async function holdsStaleShareLink(db: Database, cookie: (name: string) => string | undefined, now: Date = new Date()): Promise<boolean> {
  const token = cookie(SHARE_COOKIE);
  if (!token) return false;
  const session = cookie(SESSION_COOKIE);
  if (session && (await sessionUser(db, session, now))) return false;
  return (await resolveShareToken(db, token, now)) === null;
}
