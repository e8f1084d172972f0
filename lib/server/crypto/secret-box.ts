import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption for the few secrets Tablecraft stores (saved
 * connection passwords): AES-256-GCM with a fresh random 96-bit IV per message
 * and caller-chosen additional data (the connection id), so a ciphertext moved
 * to another row, or altered by a single bit, fails to open instead of
 * decrypting to garbage.
 *
 * Sealed text: `v1.` + base64url(iv ‖ tag ‖ ciphertext). The version prefix
 * leaves room for a key rotation scheme later.
 */
const VERSION = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_KEY_BYTES = 32;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

export interface SecretBox {
  seal(plaintext: string, associatedData: string): string;
  /** Throws SecretBoxError when the text was altered, sealed with another key, or for other associated data. */
  open(sealed: string, associatedData: string): string;
}

export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.byteLength !== SECRET_KEY_BYTES) throw new Error(`createSecretBox: the key must be ${SECRET_KEY_BYTES} bytes (got ${key.byteLength})`);
  const keyBytes = Buffer.from(key);
  return {
    seal(plaintext, associatedData) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyBytes, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(associatedData, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(sealed, associatedData) {
      if (!sealed.startsWith(VERSION)) throw new SecretBoxError('the stored secret is not in a format this version understands');
      const raw = Buffer.from(sealed.slice(VERSION.length), 'base64url');
      if (raw.byteLength < IV_BYTES + TAG_BYTES) throw new SecretBoxError('the stored secret is truncated');
      const decipher = createDecipheriv('aes-256-gcm', keyBytes, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError('the stored secret cannot be decrypted: it was altered, belongs to another record, or was sealed with another TABLECRAFT_SECRET_KEY');
      }
    },
  };
}
