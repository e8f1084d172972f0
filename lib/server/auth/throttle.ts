/**
 * Slows password guessing: after too many failed sign-ins for one email, or
 * from one client address, within a window, further attempts are refused until
 * the window passes. Kept in this process's memory: each app instance counts on
 * its own and a restart forgets (enough against online guessing through one
 * instance; put a rate-limiting proxy in front of a fleet).
 */

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Memory bound: the oldest keys are dropped beyond this many. */
const MAX_KEYS = 10_000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  /** Null when an attempt may go ahead, else the milliseconds until it may. */
  retryAfter(email: string, address: string, now: number = Date.now()): number | null {
    const waits = [
      this.wait(`email:${email}`, MAX_FAILURES_PER_EMAIL, now),
      this.wait(`address:${address}`, MAX_FAILURES_PER_ADDRESS, now),
    ].filter((w): w is number => w !== null);
    return waits.length > 0 ? Math.max(...waits) : null;
  }

  recordFailure(email: string, address: string, now: number = Date.now()): void {
    for (const key of [`email:${email}`, `address:${address}`]) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.delete(key);
      this.failures.set(key, recent);
    }
    while (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value as string);
  }

  /** A correct password clears the email's count (not the address's: one client may be guessing many emails). */
  recordSuccess(email: string): void {
    this.failures.delete(`email:${email}`);
  }

  clear(): void {
    this.failures.clear();
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < SIGN_IN_WINDOW_MS);
  }

  private wait(key: string, limit: number, now: number): number | null {
    const recent = this.recent(key, now);
    if (recent.length < limit) return null;
    return SIGN_IN_WINDOW_MS - (now - recent[recent.length - limit]!);
  }
}

/** One per process (shared across module copies, like the storage). */
const SLOT = Symbol.for('tablecraft.signInThrottle');
export function signInThrottle(): SignInThrottle {
  const global = globalThis as unknown as Record<symbol, SignInThrottle | undefined>;
  return (global[SLOT] ??= new SignInThrottle());
}

/** The client's address as the server sees it: the first X-Forwarded-For hop, else X-Real-IP. */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip')?.trim() || 'unknown';
}
