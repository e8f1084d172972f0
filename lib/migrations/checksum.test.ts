import { describe, expect, it } from 'vitest';
import { chainLink, checksumMigrations, scriptChecksum, sha256Hex } from './checksum';
import { parseMigrationSet } from './parse';
import type { Migration } from './types';

function migrations(...ups: string[]): Migration[] {
  const result = parseMigrationSet(ups.flatMap((sql, i) => [
    { fileName: `00${i + 1}_m${i + 1}.up.sql`, sql },
    { fileName: `00${i + 1}_m${i + 1}.down.sql`, sql: '' },
  ]));
  if (!result.ok) throw new Error('bad fixture');
  return result.value;
}

describe('checksums', () => {
  it('is SHA-256 of the UTF-8 text, as lowercase hex', async () => {
    // Known answers: the FIPS 180-2 test vector, and a non-ASCII text hashed with `sha256sum`.
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('CREATE TABLE t (id int);\n-- ünïcode')).toBe('f214485925baa7d6f22dfdff32e04790b7dea2bd90e2e0e4f556dca8b6e6f51d');
  });

  it('ignores CRLF versus LF line endings', async () => {
    expect(await scriptChecksum('SELECT 1;\r\nSELECT 2;\r\n')).toBe(await scriptChecksum('SELECT 1;\nSELECT 2;\n'));
    expect(await scriptChecksum('SELECT 1;')).not.toBe(await scriptChecksum('SELECT 2;'));
  });

  it('chains each checksum onto the previous chain', async () => {
    const [a, b] = await checksumMigrations(migrations('SELECT 1;', 'SELECT 2;'));
    expect(a?.checksum).toBe(await scriptChecksum('SELECT 1;'));
    expect(a?.chainChecksum).toBe(await chainLink('', 1, a?.checksum ?? ''));
    expect(b?.chainChecksum).toBe(await chainLink(a?.chainChecksum ?? '', 2, b?.checksum ?? ''));
  });

  it('changes every later chain link when an earlier migration changes, but not the later checksums', async () => {
    const before = await checksumMigrations(migrations('SELECT 1;', 'SELECT 2;', 'SELECT 3;'));
    const after = await checksumMigrations(migrations('SELECT 1; -- edited', 'SELECT 2;', 'SELECT 3;'));
    expect(after.map((m) => m.checksum === before[after.indexOf(m)]?.checksum)).toEqual([false, true, true]);
    expect(after.map((m, i) => m.chainChecksum === before[i]?.chainChecksum)).toEqual([false, false, false]);
  });

  it('changes the chain when two migrations swap places', async () => {
    const ab = await checksumMigrations(migrations('SELECT 1;', 'SELECT 2;'));
    const ba = await checksumMigrations(migrations('SELECT 2;', 'SELECT 1;'));
    expect(ba[1]?.chainChecksum).not.toBe(ab[1]?.chainChecksum);
  });
});
