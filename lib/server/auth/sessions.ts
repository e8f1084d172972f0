import type { Database } from '../db/prisma';
import { SESSION_COOKIE, isSecureRequest, setCookieHeader } from './cookies';
import { hashToken, newSessionToken } from './tokens';

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so reading a page is not a write per request. */
const SEEN_REFRESH_MS = 60 * 60 * 1000;

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/** Stores a new session (only the token's SHA-256) and returns the token for the cookie. */
export async function createSession(db: Database, userId: string, now: Date = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.session.create({ data: { tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt } });
  return { token, expiresAt };
}

/**
 * The user a session token belongs to, or null when it is unknown or expired
 * (an expired row is deleted on the way). The expiry is fixed at sign-in, like
 * the cookie's Max-Age; last_seen_at slides, at most one write an hour.
 */
export async function sessionUser(db: Database, token: string, now: Date = new Date()): Promise<SessionUser | null> {
  if (token.length < 20 || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const row = await db.session.findUnique({
    where: { tokenHash },
    select: { expiresAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row) return null;
  if (row.expiresAt <= now) {
    await db.session.deleteMany({ where: { tokenHash } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= SEEN_REFRESH_MS) {
    await db.session.updateMany({ where: { tokenHash }, data: { lastSeenAt: now } });
  }
  return row.user;
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

export function sessionCookie(request: Request, token: string, expiresAt: Date, now: Date = new Date()): string {
  return setCookieHeader(SESSION_COOKIE, token, { secure: isSecureRequest(request), maxAge: (expiresAt.getTime() - now.getTime()) / 1000 });
}

export function clearedSessionCookie(request: Request): string {
  return setCookieHeader(SESSION_COOKIE, '', { secure: isSecureRequest(request), maxAge: 0 });
}
