import { createHash, randomBytes } from 'node:crypto';

/** Share-link tokens carry a prefix so a leaked one is recognisable (secret scanners, logs). */
export const SHARE_TOKEN_PREFIX = 'tcs_';
const SHARE_TOKEN = /^tcs_[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url: the session cookie's value. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** `tcs_` + 32 random bytes, base64url: shown once when a share link is made. */
export function newShareToken(): string {
  return `${SHARE_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function isShareTokenShape(token: string): boolean {
  return SHARE_TOKEN.test(token);
}

/**
 * What is stored instead of a token. Tokens are 256 random bits, so a plain
 * SHA-256 is enough (no salt or stretching needed, unlike passwords) and lets
 * the lookup be an indexed equality.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
