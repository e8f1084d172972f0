import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { scryptLogN } from './settings';

/*
 * Passwords are hashed with scrypt (memory-hard) into a self-describing string,
 *   scrypt$<logN>$<r>$<p>$<salt base64>$<hash base64>
 * so a hash made at one cost still verifies after the default changes.
 */

const KEY_BYTES = 32;
const SALT_BYTES = 16;
const R = 8;
const P = 1;
const FORMAT = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  // Node's default maxmem (32 MiB) is below what N = 2^17 needs (128 * N * r bytes).
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, logN: number = scryptLogN()): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, logN, R, P);
  return `scrypt$${logN}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** False for a wrong password and for a hash this code did not write (never throws for those). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = FORMAT.exec(stored);
  if (!parts) return false;
  const [, logN, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash!, 'base64');
  if (expected.length !== KEY_BYTES || Number(logN) < 10 || Number(logN) > 22) return false;
  const actual = await derive(password, Buffer.from(salt!, 'base64'), Number(logN), Number(r), Number(p));
  return timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | null = null;

/**
 * Spends the time of one verification when the email is unknown, so the answer
 * time does not tell which emails have accounts.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('tablecraft decoy password');
  await verifyPassword(password, await decoy);
  return false;
}
