import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { err, ok, type Result } from '../../result';
import { SECRET_KEY_BYTES } from './secret-box';

export interface SecretKeySettings {
  /** `TABLECRAFT_SECRET_KEY`: base64 of 32 bytes. */
  readonly configured: string | null;
  /** True when the app stores its data on a shared server (`DATABASE_URL`). */
  readonly sharedServer: boolean;
  /** The embedded data folder, where a generated key is kept. */
  readonly dataDir: string;
}

export interface SecretKeyError {
  readonly kind: 'secret_key_missing' | 'secret_key_invalid';
  readonly message: string;
}

const KEY_FILE = 'secret.key';

/**
 * The key that encrypts saved credentials. An explicit `TABLECRAFT_SECRET_KEY`
 * always wins. In the embedded single-user default a key is generated once into
 * `<data dir>/secret.key` (mode 0600) and reused. With a shared server there is
 * no safe place to invent one (several app instances must agree on it, and the
 * database must not hold its own key), so the admin has to set it.
 */
export function loadSecretKey(settings: SecretKeySettings): Result<Uint8Array, SecretKeyError> {
  if (settings.configured) return decodeKey(settings.configured, 'TABLECRAFT_SECRET_KEY');
  if (settings.sharedServer) {
    return err({
      kind: 'secret_key_missing',
      message: 'saving database credentials needs an encryption key: set TABLECRAFT_SECRET_KEY to 32 random bytes in base64 (e.g. `openssl rand -base64 32`) on every app instance, then restart',
    });
  }
  const file = path.join(settings.dataDir, KEY_FILE);
  const existing = readKeyFile(file);
  if (existing !== null) return decodeKey(existing, file);
  mkdirSync(settings.dataDir, { recursive: true });
  const fresh = randomBytes(SECRET_KEY_BYTES).toString('base64');
  try {
    // `wx`: if another process created it a moment ago, we use theirs.
    writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return decodeKey(readKeyFile(file) ?? '', file);
  }
  return decodeKey(fresh, file);
}

function readKeyFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function decodeKey(text: string, where: string): Result<Uint8Array, SecretKeyError> {
  const trimmed = text.trim();
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (bytes.byteLength !== SECRET_KEY_BYTES) {
    return err({ kind: 'secret_key_invalid', message: `${where} must hold ${SECRET_KEY_BYTES} bytes in base64 (e.g. from \`openssl rand -base64 32\`)` });
  }
  return ok(new Uint8Array(bytes));
}
