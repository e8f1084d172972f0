import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { canDeflate } from './deflate';
import { zip, type ZipEntry } from './zip';

const dir = mkdtempSync(join(tmpdir(), 'tablecraft-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
function save(bytes: Uint8Array): string {
  const file = join(dir, `archive-${count++}.zip`);
  writeFileSync(file, bytes);
  return file;
}

/** Reads the archive back with Python's zipfile: names, methods, flags, CRC-checked contents. */
function readWithPython(file: string): { name: string; method: number; flags: number; crc: number; data: string }[] {
  const script = [
    'import base64, json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'bad = z.testzip()',
    'assert bad is None, "bad CRC in " + bad',
    'print(json.dumps([{"name": i.filename, "method": i.compress_type, "flags": i.flag_bits, "crc": i.CRC,',
    '  "data": base64.b64encode(z.read(i)).decode()} for i in z.infolist()]))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
  return (JSON.parse(out) as { name: string; method: number; flags: number; crc: number; data: string }[])
    .map((e) => ({ ...e, data: Buffer.from(e.data, 'base64').toString('utf8') }));
}

const unzip = (...args: string[]) => execFileSync('unzip', args, { encoding: 'utf8' });

const SQL = `${'CREATE TABLE "orders" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n'.repeat(40)}`;
const ENTRIES: ZipEntry[] = [
  { path: 'README.md', data: '# Bundle\n' },
  { path: 'migrations/001_create_shop.up.sql', data: SQL },
  { path: 'migrations/empty.sql', data: '' },
  { path: 'docs/données/schéma – ünïcode ✓.md', data: 'é\n' },
  { path: 'bytes.bin', data: new Uint8Array([0, 255, 1, 254, 10, 13]) },
];

describe('crc32', () => {
  it('matches the standard check value and the empty input', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('zip', () => {
  it.each(['store', 'auto'] as const)('writes an archive unzip and Python read back exactly (%s)', async (method) => {
    const file = save(await zip(ENTRIES, { method }));
    expect(unzip('-t', file)).toContain('No errors detected');
    const listing = unzip('-l', file);
    expect(listing).toContain('migrations/001_create_shop.up.sql');
    expect(listing).toContain('5 files');
    const read = readWithPython(file);
    expect(read.map((e) => e.name)).toEqual(ENTRIES.map((e) => e.path));
    for (const [i, entry] of ENTRIES.entries()) {
      const expected = typeof entry.data === 'string' ? entry.data : Buffer.from(entry.data).toString('utf8');
      expect(read[i]!.data).toBe(expected);
      expect(read[i]!.flags & 0x0800).toBe(0x0800);
    }
    expect(unzip('-p', file, 'docs/données/schéma – ünïcode ✓.md')).toBe('é\n');
  });

  it('deflates compressible files where the platform can, and stores empty and tiny ones', async () => {
    expect(canDeflate()).toBe(true); // Node 20.12+ has CompressionStream('deflate-raw')
    const read = readWithPython(save(await zip(ENTRIES)));
    expect(read.find((e) => e.name.endsWith('.up.sql'))!.method).toBe(8);
    expect(read.find((e) => e.name === 'migrations/empty.sql')!.method).toBe(0);
    expect(read.find((e) => e.name === 'README.md')!.method).toBe(0);
    const stored = await zip(ENTRIES, { method: 'store' });
    expect((await zip(ENTRIES)).length).toBeLessThan(stored.length);
  });

  it('handles many files', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ path: `many/${String(i).padStart(4, '0')}.txt`, data: `file ${i}\n` }));
    const file = save(await zip(many));
    expect(unzip('-t', file)).toContain('No errors detected');
    const read = readWithPython(file);
    expect(read).toHaveLength(1500);
    expect(read[1234]).toMatchObject({ name: 'many/1234.txt', data: 'file 1234\n' });
  });

  it('is deterministic: the same files give the same bytes, with the 1980 timestamp unless told', async () => {
    const a = await zip(ENTRIES);
    const b = await zip(ENTRIES);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect([...a.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const dated = await zip(ENTRIES, { modified: new Date(Date.UTC(2024, 5, 30, 13, 45, 58)) });
    expect(unzip('-l', save(dated))).toMatch(/2024-06-30 13:45/);
    expect(unzip('-l', save(a))).toMatch(/1980-01-01 00:00/);
  });

  it('refuses paths an unzip would mistreat, and duplicates', async () => {
    for (const path of ['', '/etc/passwd', '../x', 'a//b', 'a\\b', 'a/./b']) {
      await expect(zip([{ path, data: 'x' }])).rejects.toThrow(/entry path/);
    }
    await expect(zip([{ path: 'a', data: '1' }, { path: 'a', data: '2' }])).rejects.toThrow(/appears twice/);
  });

  it('writes an empty archive unzip accepts', async () => {
    const empty = await zip([]);
    expect(empty).toHaveLength(22);
    expect(readWithPython(save(empty))).toEqual([]);
  });
});
