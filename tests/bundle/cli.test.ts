import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumMigrations, parseMigrationSet } from '../../lib/migrations';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';

/** `tablecraft export` and `tablecraft diff` through the real bin/tablecraft.mjs, as a user or CI runs them. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/tablecraft.mjs');
const work = mkdtempSync(join(tmpdir(), 'tablecraft-bundle-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tablecraft(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const writeJson = (name: string, value: unknown) => {
  writeFileSync(join(work, name), JSON.stringify(value, null, 2));
  return name;
};

describe('tablecraft export / diff', () => {
  it('export writes the bundle folder and prints a summary', async () => {
    const file = writeJson('shop.json', ecommerceTemplate());
    const { code, stdout, stderr } = tablecraft(['export', file, '--out', 'out-export', '--pg', '16']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Wrote 7 files to out-export (PostgreSQL 16, zero-downtime plan)');
    expect(stdout).toContain('001_create_e_commerce_orders.up.sql  one transaction');
    expect(readdirSync(join(work, 'out-export')).sort()).toEqual(['README.md', 'docs', 'migrations', 'schema.sql']);
    expect(readdirSync(join(work, 'out-export/docs')).sort()).toEqual(['data-dictionary.md', 'design-review.md']);
    const dir = join(work, 'out-export/migrations');
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => ({ fileName: f, sql: readFileSync(join(dir, f), 'utf8') }));
    const parsed = parseMigrationSet(files);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.targetPostgresVersion).toBe(16);
    expect(manifest.migrations[0].checksum).toBe((await checksumMigrations(parsed.value))[0]!.checksum);
  });

  it('refuses a non-empty folder unless --force', () => {
    const file = writeJson('shop2.json', ecommerceTemplate());
    mkdirSync(join(work, 'busy'));
    writeFileSync(join(work, 'busy/keep.txt'), 'x');
    const refused = tablecraft(['export', file, '--out', 'busy']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('busy is not empty; choose an empty folder or pass --force');
    expect(tablecraft(['export', file, '--out', 'busy', '--force']).code).toBe(0);
  });

  it('diff writes the plan; an index build runs outside a transaction', () => {
    const before = ecommerceTemplate();
    const after = structuredClone(before);
    const users = after.tables.find((t) => t.name === 'users')!;
    users.indexes.push({
      id: 'idx_users_created', name: 'users_created_at_idx', method: 'btree', unique: false, nullsNotDistinct: false,
      keys: [{ columnId: users.columns.find((c) => c.name === 'created_at')!.id, expression: null, order: null, nulls: null, opclass: null, collation: null }],
      include: [], where: null, with: {}, comment: '',
    });
    const { code, stdout, stderr } = tablecraft(['diff', writeJson('a.json', before), writeJson('b.json', after), '--out', 'out-diff']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('001_update_e_commerce_orders.up.sql  NO TRANSACTION');
    const up = readFileSync(join(work, 'out-diff/migrations/001_update_e_commerce_orders.up.sql'), 'utf8');
    expect(up.split('\n')[0]).toBe('-- tablecraft:no-transaction');
    expect(up).toContain('CREATE INDEX CONCURRENTLY "users_created_at_idx"');
  });

  it('exits 1 with the message and where on a generation error', () => {
    const doc = ecommerceTemplate();
    const products = doc.tables.find((t) => t.name === 'products')!;
    products.columns.push({ ...products.columns[0]!, id: 'col_at', name: 'at', identity: null, nullable: true, type: { kind: 'base', name: 'timestamptz', modifiers: [], arrayDims: 0 }, generated: { expression: "(attributes->>'at')::timestamptz" } });
    const { code, stderr } = tablecraft(['export', writeJson('bad.json', doc), '--out', 'out-bad']);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.json: public.products.at: the generated column "at"');
    expect(stderr).toContain('casting text to timestamptz is not immutable');
  });

  it('exits 1 on an invalid document, naming the path', () => {
    const { code, stderr } = tablecraft(['export', writeJson('invalid.json', { format: 'tablecraft.diagram' }), '--out', 'out-invalid']);
    expect(code).toBe(1);
    expect(stderr).toContain('invalid.json is not a valid diagram document');
  });
});
