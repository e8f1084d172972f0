/**
 * SCRAM-SHA-256 secrets in the format PostgreSQL stores in pg_authid and
 * PgBouncer reads from auth_file (RFC 5802/7677):
 *
 *   SCRAM-SHA-256$<iterations>:<salt b64>$<StoredKey b64>:<ServerKey b64>
 *
 *   SaltedPassword = PBKDF2-HMAC-SHA-256(password, salt, iterations)
 *   ClientKey = HMAC(SaltedPassword, "Client Key"), StoredKey = SHA-256(ClientKey)
 *   ServerKey = HMAC(SaltedPassword, "Server Key")
 *
 * Web Crypto only, so this runs in the browser, on the server and in the CLI.
 */

/** PostgreSQL's default (scram_iterations) and what PgBouncer uses for secrets it derives. */
export const DEFAULT_SCRAM_ITERATIONS = 4096;
export const SCRAM_SALT_BYTES = 16;

export interface ScramOptions {
  readonly iterations?: number;
  /** A fixed salt for deterministic tests; a random one otherwise. */
  readonly salt?: Uint8Array;
}

const encoder = new TextEncoder();

export async function scramSecret(password: string, options: ScramOptions = {}): Promise<string> {
  const iterations = options.iterations ?? DEFAULT_SCRAM_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error(`scramSecret: iterations must be a positive integer (got ${iterations})`);
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SCRAM_SALT_BYTES));
  const subtle = globalThis.crypto.subtle;

  const passwordKey = await subtle.importKey('raw', bytes(encoder.encode(normalizePassword(password))), 'PBKDF2', false, ['deriveBits']);
  const salted = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations }, passwordKey, 256);
  const hmacKey = await subtle.importKey('raw', salted, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const clientKey = await subtle.sign('HMAC', hmacKey, bytes(encoder.encode('Client Key')));
  const storedKey = await subtle.digest('SHA-256', clientKey);
  const serverKey = await subtle.sign('HMAC', hmacKey, bytes(encoder.encode('Server Key')));
  return `SCRAM-SHA-256$${iterations}:${base64(salt)}$${base64(new Uint8Array(storedKey))}:${base64(new Uint8Array(serverKey))}`;
}

export interface ParsedScramSecret {
  readonly iterations: number;
  readonly salt: Uint8Array;
  readonly storedKey: string;
  readonly serverKey: string;
}

/** Reads a stored secret (e.g. from pg_authid) so a password can be checked against it with the same salt. */
export function parseScramSecret(secret: string): ParsedScramSecret | null {
  const match = /^SCRAM-SHA-256\$(\d+):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/.exec(secret);
  if (!match) return null;
  return { iterations: Number(match[1]), salt: fromBase64(match[2]!), storedKey: match[3]!, serverKey: match[4]! };
}

/**
 * PostgreSQL runs passwords through SASLprep (RFC 4013) before hashing. For
 * ASCII passwords that is the identity. For others this applies its two main
 * steps — non-ASCII spaces become U+0020, then NFKC — which covers ordinary
 * text; exotic inputs (prohibited or bidirectional code points) may still differ
 * from PostgreSQL, which then hashes the raw bytes.
 */
export function normalizePassword(password: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(password)) return password;
  return password.replace(/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]/g, ' ').replace(/\u00ad|\u200c|\u200d|\u2060|\ufeff/g, '').normalize('NFKC');
}

/** A copy on a plain ArrayBuffer: Web Crypto's types want BufferSource backed by ArrayBuffer, not SharedArrayBuffer. */
function bytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(view.byteLength));
  copy.set(view);
  return copy;
}

function base64(data: Uint8Array): string {
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
