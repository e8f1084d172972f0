import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSecretBox, SecretBoxError } from '../../lib/server/crypto/secret-box';
import { loadSecretKey } from '../../lib/server/crypto/secret-key';

const key = new Uint8Array(32).map((_, i) => i * 7);
const box = createSecretBox(key);

describe('the secret box (AES-256-GCM)', () => {
  it('round-trips, with a fresh IV every time', () => {
    const a = box.seal('pa:ss@wörd', 'conn-1');
    const b = box.seal('pa:ss@wörd', 'conn-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('pa:ss');
    expect(box.open(a, 'conn-1')).toBe('pa:ss@wörd');
    expect(box.open(box.seal('', 'x'), 'x')).toBe('');
  });

  it('refuses a modified ciphertext, IV or tag', () => {
    const sealed = box.seal('secret', 'conn-1');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (const at of [0, 12, 20, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[at]! ^= 1;
      expect(() => box.open(`v1.${tampered.toString('base64url')}`, 'conn-1'), `byte ${at}`).toThrow(SecretBoxError);
    }
    expect(() => box.open(`v1.${raw.subarray(0, 20).toString('base64url')}`, 'conn-1')).toThrow(/truncated/);
    expect(() => box.open('v2.abc', 'conn-1')).toThrow(/format/);
  });

  it('refuses other associated data (a ciphertext moved to another row) and another key', () => {
    const sealed = box.seal('secret', 'conn-1');
    expect(() => box.open(sealed, 'conn-2')).toThrow(SecretBoxError);
    expect(() => createSecretBox(new Uint8Array(32).fill(1)).open(sealed, 'conn-1')).toThrow(SecretBoxError);
    expect(() => createSecretBox(new Uint8Array(16))).toThrow(/32 bytes/);
  });
});

describe('the secret key', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tablecraft-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once into the data folder (mode 0600) and reused', () => {
    const first = loadSecretKey({ configured: null, sharedServer: false, dataDir: dir });
    const second = loadSecretKey({ configured: null, sharedServer: false, dataDir: dir });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(Buffer.from(second.value).equals(Buffer.from(first.value))).toBe(true);
    const file = path.join(dir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').byteLength).toBe(32);
  });

  it('comes from TABLECRAFT_SECRET_KEY when set, and must be 32 bytes of base64', () => {
    const configured = Buffer.alloc(32, 9).toString('base64');
    const loaded = loadSecretKey({ configured, sharedServer: true, dataDir: dir });
    expect(loaded.ok && Buffer.from(loaded.value).equals(Buffer.alloc(32, 9))).toBe(true);
    const bad = loadSecretKey({ configured: 'short', sharedServer: false, dataDir: dir });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'secret_key_invalid' } });
  });

  it('is refused on a shared server without TABLECRAFT_SECRET_KEY, saying what to set', () => {
    const missing = loadSecretKey({ configured: null, sharedServer: true, dataDir: dir });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'secret_key_missing', message: expect.stringContaining('TABLECRAFT_SECRET_KEY') } });
  });
});
