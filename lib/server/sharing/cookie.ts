import { SHARE_COOKIE, isSecureRequest, setCookieHeader } from '../auth/cookies';

export { SHARE_COOKIE };

/**
 * How long the cookie of a link that never expires lasts. Opening the link again
 * renews it; revoking the link ends access at once whatever the cookie says,
 * since every request resolves the token again.
 */
export const SHARE_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Seconds until the link expires, capped, and at least 1 (the link was valid a moment ago). */
export function shareCookieMaxAge(expiresAt: Date | null, now: Date): number {
  if (expiresAt === null) return SHARE_COOKIE_MAX_AGE_SECONDS;
  const left = Math.floor((expiresAt.getTime() - now.getTime()) / 1000);
  return Math.max(1, Math.min(SHARE_COOKIE_MAX_AGE_SECONDS, left));
}

/**
 * The Set-Cookie value for a share-link visit: httpOnly (page scripts never see
 * the token), SameSite=Lax, Path=/ (the designer's API calls carry it), Secure
 * when the app is served over HTTPS, and no longer-lived than the link.
 */
export function shareCookie(request: Request, token: string, expiresAt: Date | null, now: Date): string {
  return setCookieHeader(SHARE_COOKIE, token, { secure: isSecureRequest(request), maxAge: shareCookieMaxAge(expiresAt, now) });
}
