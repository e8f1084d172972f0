import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../lib/server/auth/password';
import { DEFAULT_SCRYPT_LOG_N, scryptLogN } from '../../lib/server/auth/settings';

afterEach(() => {
  delete process.env.TABLECRAFT_SCRYPT_LOG_N;
});

describe('password hashing', () => {
  it('writes a self-describing scrypt string at the OWASP cost by default, and verifies it', async () => {
    expect(DEFAULT_SCRYPT_LOG_N).toBe(17);
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = [await hashPassword('same password', 14), await hashPassword('same password', 14)];
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('verifies a hash at the cost it was made with, whatever the current setting', async () => {
    process.env.TABLECRAFT_SCRYPT_LOG_N = '14';
    const cheap = await hashPassword('a long enough password');
    expect(cheap.startsWith('scrypt$14$')).toBe(true);
    delete process.env.TABLECRAFT_SCRYPT_LOG_N;
    expect(await verifyPassword('a long enough password', cheap)).toBe(true);
  });

  it('never goes below 2^14 and ignores nonsense in TABLECRAFT_SCRYPT_LOG_N', () => {
    expect(scryptLogN({ TABLECRAFT_SCRYPT_LOG_N: '4' })).toBe(14);
    expect(scryptLogN({ TABLECRAFT_SCRYPT_LOG_N: 'fast' })).toBe(17);
    expect(scryptLogN({ TABLECRAFT_SCRYPT_LOG_N: '15' })).toBe(15);
    expect(scryptLogN({})).toBe(17);
  });

  it('refuses tampered or foreign hashes without throwing', async () => {
    const hash = await hashPassword('a long enough password', 14);
    const parts = hash.split('$');
    const flipped = [...parts.slice(0, 5), Buffer.from(Buffer.from(parts[5]!, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64')].join('$');
    expect(await verifyPassword('a long enough password', flipped)).toBe(false);
    expect(await verifyPassword('a long enough password', 'plain-text-password')).toBe(false);
    expect(await verifyPassword('a long enough password', '$2b$10$abcdefghijklmnopqrstuv')).toBe(false);
    expect(await verifyPassword('a long enough password', hash.replace('$14$', '$30$'))).toBe(false);
  });
});
