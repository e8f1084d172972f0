import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffBundle, exportBundle } from '../../lib/bundle';
import { checksumMigrations, parseMigrationSet } from '../../lib/migrations';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { eventsTemplate } from '../../lib/templates/events';
import { ragTemplate } from '../../lib/templates/rag';
import { openPglite18, type TestDatabase } from '../support/databases';
import { catalogVsDocument } from '../support/roundtrip';
import { applyDowns, applyUps, expectBundle } from './support/apply';
import { column, tableOf } from './support/pattern-docs';

describe('bundle files', () => {
  it('has the layout, and the same input gives the same bytes', async () => {
    const a = expectBundle(await exportBundle(ragTemplate()));
    const b = expectBundle(await exportBundle(ragTemplate()));
    expect(a.files).toEqual(b.files);
    expect(a.files.map((f) => f.path)).toEqual([
      'README.md', 'schema.sql', 'docs/data-dictionary.md', 'docs/design-review.md', 'docs/queries.sql',
      'migrations/001_create_rag_documents_with_embeddings.up.sql', 'migrations/001_create_rag_documents_with_embeddings.down.sql',
      'migrations/manifest.json',
    ]);
  });

  it('carries the design review: open findings, and accepted ones with their justification', async () => {
    const doc = ecommerceTemplate();
    const orders = tableOf(doc, 'orders');
    orders.columns.push(column('col_orders_user_email', 'user_email', 'text'));
    const userId = orders.columns.find((c) => c.name === 'user_id')!.id;
    orders.dependencies.push({ id: 'fd_orders_email', determinant: [userId], dependent: ['col_orders_user_email'], note: '' });
    const open = expectBundle(await exportBundle(doc)).files.find((f) => f.path === 'docs/design-review.md')!.contents;
    expect(open).toContain('## orders');
    expect(open).toMatch(/\*\*error\*\* `NF3_TRANSITIVE_DEPENDENCY` \(user_id, user_email\)/);
    doc.exceptions.push({
      id: 'exc_email', code: 'NF3_TRANSITIVE_DEPENDENCY', subject: { tableId: orders.id, columnIds: [userId, 'col_orders_user_email'], objectId: null },
      justification: 'Receipts must show the e-mail the order was confirmed to.', evidence: '', createdAt: null, author: null,
    });
    const justified = expectBundle(await exportBundle(doc)).files.find((f) => f.path === 'docs/design-review.md')!.contents;
    expect(justified).toContain('## Accepted with a justification');
    expect(justified).toContain('Receipts must show the e-mail the order was confirmed to.');
  });

  it('writes checksums that lib/migrations recomputes from the files, chained', async () => {
    const before = ecommerceTemplate();
    const after = structuredClone(before);
    tableOf(after, 'users').columns.push(column('col_users_token', 'token', 'uuid', { nullable: false, default: 'gen_random_uuid()' }));
    const bundle = expectBundle(await diffBundle(before, after, { firstVersion: 7 }));
    const files = bundle.files.filter((f) => f.path.startsWith('migrations/') && f.path.endsWith('.sql')).map((f) => ({ fileName: f.path, sql: f.contents }));
    const parsed = parseMigrationSet(files);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const checksummed = await checksumMigrations(parsed.value);
    const manifest = JSON.parse(bundle.files.find((f) => f.path === 'migrations/manifest.json')!.contents);
    expect(manifest.migrations.map((m: { version: number; checksum: string; chainChecksum: string }) => [m.version, m.checksum, m.chainChecksum]))
      .toEqual(checksummed.map((m) => [m.version, m.checksum, m.chainChecksum]));
    expect(manifest.migrations[0].version).toBe(7);
    expect(manifest.migrations.map((m: { transactional: boolean }) => m.transactional)).toEqual(checksummed.map((m) => m.transactional));
    expect(checksummed.some((m) => !m.transactional)).toBe(true);
    expect(manifest.migrations[0].statements[0]).toEqual({
      explanation: expect.stringContaining('without its default'), lock: 'ACCESS EXCLUSIVE', transactional: true, hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'],
    });
  });

  it('starts every script with lock_timeout and statement_timeout, lifted for long steps; the marker comes first', async () => {
    const before = ecommerceTemplate();
    const after = structuredClone(before);
    tableOf(after, 'orders').indexes.push({ ...tableOf(after, 'orders').indexes[0]!, id: 'idx_new', name: 'orders_status_idx', keys: [{ columnId: 'col_orders_status', expression: null, order: null, nulls: null, opclass: null, collation: null }] });
    const bundle = expectBundle(await diffBundle(before, after, { lockTimeout: '2s', statementTimeout: '10s' }));
    const up = bundle.files.find((f) => f.path.endsWith('.up.sql'))!.contents;
    expect(up.split('\n')[0]).toBe('-- tablecraft:no-transaction');
    expect(up).toContain("SET lock_timeout = '2s';\nSET statement_timeout = '0'; -- long, non-blocking step");
    const down = bundle.files.find((f) => f.path.endsWith('.down.sql'))!.contents;
    expect(down).toContain("SET lock_timeout = '2s';\nSET statement_timeout = '10s';");
  });

  it('lists destructive steps and the backup reminder in the README; documents the schema', async () => {
    const before = ecommerceTemplate();
    const after = structuredClone(before);
    tableOf(after, 'products').columns = tableOf(after, 'products').columns.filter((c) => c.name !== 'attributes');
    const bundle = expectBundle(await diffBundle(before, after));
    const readme = bundle.files.find((f) => f.path === 'README.md')!.contents;
    expect(readme).toContain('**Take a backup first**');
    expect(readme).toMatch(/Drops the column "attributes" of public\.products.*\[DELETES_DATA, IRREVERSIBLE/);
    expect(readme).toContain('psql -v ON_ERROR_STOP=1 -1 -f migrations/001_update_e_commerce_orders.up.sql');
    const dictionary = bundle.files.find((f) => f.path === 'docs/data-dictionary.md')!.contents;
    expect(dictionary).toContain('## public.order_items');
    expect(dictionary).toContain('Foreign key `order_items_order_id_fkey`: (order_id) → public.orders (id), ON DELETE CASCADE');
    expect(dictionary).toContain('Snapshot column `unit_price`');
    expect(dictionary).toContain('- orders of a user, newest first (select, 40/second)');
  });

  it('notes partition pruning for partitioned tables', async () => {
    const dictionary = expectBundle(await exportBundle(eventsTemplate())).files.find((f) => f.path === 'docs/data-dictionary.md')!.contents;
    expect(dictionary).toContain('Pruning: queries that filter on occurred_at');
  });

  it('takes extra files (the pooling hook) and refuses one that collides', async () => {
    const extra = { path: 'pgbouncer/pgbouncer.ini', contents: '[databases]\n' };
    const bundle = expectBundle(await exportBundle(ecommerceTemplate(), { extraFiles: [extra] }));
    expect(bundle.files.at(-1)).toEqual(extra);
    const clash = await exportBundle(ecommerceTemplate(), { extraFiles: [{ path: 'README.md', contents: '' }] });
    expect(!clash.ok && clash.error[0]!.message).toContain('would overwrite');
  });

  it('refuses a new NOT NULL column without a default on an existing table, saying what to do', async () => {
    const before = ecommerceTemplate();
    const after = structuredClone(before);
    tableOf(after, 'users').columns.push(column('col_users_x', 'x', 'integer', { nullable: false }));
    const result = await diffBundle(before, after);
    expect(!result.ok && result.error[0]).toMatchObject({ kind: 'backfill_value_required', object: 'public.users', column: 'x' });
    expect((await diffBundle(before, after, { safe: false })).ok).toBe(true);
  });
});

describe('DOWN rules on PostgreSQL 18 (PGlite)', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  it('keeps an added enum value (irreversible, explained) and drops only what the UP added', async () => {
    const before = ecommerceTemplate();
    const after = structuredClone(before);
    after.enums[0]!.values.push({ id: 'val_refunded', name: 'refunded' });
    tableOf(after, 'users').columns.push(column('col_users_nick', 'nick', 'text'));
    after.tables.push({ ...structuredClone(tableOf(before, 'categories')), id: 'tbl_tags', name: 'tags', uniques: [], indexes: [], columns: [column('col_tags_id', 'id', 'bigint', { nullable: false })], primaryKey: { name: null, columnIds: ['col_tags_id'] } });
    const create = expectBundle(await exportBundle(before));
    const change = expectBundle(await diffBundle(before, after));
    const down = change.files.find((f) => f.path.endsWith('.down.sql'))!.contents;
    expect(down).toContain("-- irreversible: the enum public.order_status value 'refunded' stays");
    await applyUps(db, create);
    await applyUps(db, change);
    // Lossy DOWN: refuses while the new table holds a row, passes once it is empty.
    await db.exec('INSERT INTO tags VALUES (1)');
    await expect(applyDowns(db, change)).rejects.toThrow(/refusing to drop the table public\.tags: it holds data/);
    await db.exec('DELETE FROM tags');
    await applyDowns(db, change);
    const { actual, expected } = await catalogVsDocument(db, { ...before, enums: after.enums });
    expect(actual).toEqual(expected);
    await applyDowns(db, create);
  });

  it('never drops an extension the old schema already had; drops one the UP added unless something else uses it', async () => {
    const before = ecommerceTemplate();
    const withVector = structuredClone(before);
    withVector.extensions.push({ id: 'ext_vector', name: 'vector', schemaId: null });
    const keep = expectBundle(await diffBundle(withVector, before));
    expect(keep.files.filter((f) => f.path.endsWith('.down.sql')).map((f) => f.contents).join('')).not.toContain('DROP EXTENSION');
    const add = expectBundle(await diffBundle(before, withVector));
    await applyUps(db, expectBundle(await exportBundle(before)));
    await applyUps(db, add);
    await db.exec('CREATE TABLE outsider (v vector(3))');
    await applyDowns(db, add);
    expect(await db.query(`SELECT extname FROM pg_extension WHERE extname = 'vector'`)).toHaveLength(1);
    await db.exec('DROP TABLE outsider');
    await applyDowns(db, add);
    expect(await db.query(`SELECT extname FROM pg_extension WHERE extname = 'vector'`)).toHaveLength(0);
  });
});
