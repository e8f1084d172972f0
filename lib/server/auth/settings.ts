/**
 * The environment knobs of accounts and access, read on every call (not at
 * import) so a test or an operator can change them without reloading modules.
 */
type Env = Readonly<Record<string, string | undefined>>;

/** `TABLECRAFT_AUTH=required`: access control always applies, even with no account yet. */
export function authRequired(env: Env = process.env): boolean {
  return env.TABLECRAFT_AUTH?.trim().toLowerCase() === 'required';
}

/** `TABLECRAFT_SIGNUP=closed`: only invited emails may sign up (the first-run owner always may). */
export function signUpClosed(env: Env = process.env): boolean {
  return env.TABLECRAFT_SIGNUP?.trim().toLowerCase() === 'closed';
}

/** The OWASP recommendation for scrypt: N = 2^17, r = 8, p = 1 (128 MiB per hash). */
export const DEFAULT_SCRYPT_LOG_N = 17;
export const MIN_SCRYPT_LOG_N = 14;
const MAX_SCRYPT_LOG_N = 20;

/**
 * `TABLECRAFT_SCRYPT_LOG_N` lowers (or raises) the cost of NEW password hashes —
 * meant for test suites, which would otherwise spend most of their time hashing.
 * Never below 2^14. Stored hashes carry their own cost, so changing it never
 * locks anyone out.
 */
export function scryptLogN(env: Env = process.env): number {
  const raw = env.TABLECRAFT_SCRYPT_LOG_N;
  if (raw === undefined || raw.trim() === '') return DEFAULT_SCRYPT_LOG_N;
  const value = Number(raw);
  if (!Number.isInteger(value)) return DEFAULT_SCRYPT_LOG_N;
  return Math.min(MAX_SCRYPT_LOG_N, Math.max(MIN_SCRYPT_LOG_N, value));
}
