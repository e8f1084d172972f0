import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffBundle, exportBundle, type Bundle } from '../../lib/bundle';
import type { DiagramDocument } from '../../lib/model/document';
import { openServerDatabase, serverUnavailableReason, type TestDatabase } from '../support/databases';
import { catalogVsDocument } from '../support/roundtrip';
import { applyDowns, applyFile, applyUps, expectBundle } from './support/apply';
import { btree, column, patternBase, SEED_ROWS, tableOf } from './support/pattern-docs';

/**
 * Each zero-downtime pattern on the PostgreSQL 15 server with 10,000 rows in the
 * table: the plan has the online shape, runs, leaves the catalog equal to the
 * new document, keeps the data, and its DOWN brings back the old catalog.
 */
const reason = await serverUnavailableReason();

describe.skipIf(Boolean(reason))('zero-downtime patterns on the PostgreSQL 15 server', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await openServerDatabase();
    await applyUps(db, expectBundle(await exportBundle(patternBase())));
    await db.exec(SEED_ROWS);
  });
  afterEach(async () => { await db?.close(); });

  async function migrate(after: DiagramDocument): Promise<Bundle> {
    const bundle = expectBundle(await diffBundle(patternBase(), after));
    await applyUps(db, bundle);
    const { actual, expected } = await catalogVsDocument(db, after);
    expect(actual).toEqual(expected);
    return bundle;
  }
  async function rollBack(bundle: Bundle) {
    await applyDowns(db, bundle);
    const { actual, expected } = await catalogVsDocument(db, patternBase());
    expect(actual).toEqual(expected);
  }
  const sqlOf = (bundle: Bundle) => bundle.files.filter((f) => f.path.endsWith('.up.sql')).map((f) => f.contents).join('\n');
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql))[0]!.n);

  it('NOT NULL column with a per-row default: add nullable, default, batched backfill, CHECK NOT VALID, VALIDATE, SET NOT NULL', async () => {
    const after = patternBase();
    tableOf(after, 'accounts').columns.push(column('col_accounts_token', 'token', 'uuid', { nullable: false, default: 'gen_random_uuid()' }));
    const bundle = await migrate(after);
    expect(bundle.manifest.migrations.map((m) => [m.stage, m.transactional])).toEqual([
      ['main', true], ['build_indexes', false], ['add_constraints', true], ['validate', true], ['set_not_null', true],
    ]);
    const sql = sqlOf(bundle);
    expect(sql).toContain('ADD COLUMN "token" uuid;');
    expect(sql).toContain('SET DEFAULT gen_random_uuid()');
    expect(sql).toMatch(/UPDATE "public"\."accounts" SET "token" = DEFAULT[\s\S]*LIMIT 5000[\s\S]*COMMIT;/);
    expect(sql).toContain('CHECK ("token" IS NOT NULL) NOT VALID');
    expect(sql).toContain('VALIDATE CONSTRAINT "accounts_token_not_null"');
    expect(sql).toContain('DROP CONSTRAINT "accounts_token_not_null"');
    expect(await count('SELECT count(DISTINCT token) AS n FROM accounts')).toBe(10000);
    // The lossy DOWN refuses while the backfilled column holds data, and goes on once data loss is allowed.
    await expect(applyDowns(db, bundle)).rejects.toThrow(/refusing to drop the column public\.accounts\.token: it holds data/);
    const main = bundle.manifest.migrations[0]!;
    await db.exec('SET tablecraft.allow_data_loss = on');
    await applyFile(db, main.down, bundle.files.find((f) => f.path === `migrations/${main.down}`)!.contents);
    await db.exec('RESET tablecraft.allow_data_loss');
    const { actual, expected } = await catalogVsDocument(db, patternBase());
    expect(actual).toEqual(expected);
    expect(await count('SELECT count(*) AS n FROM accounts')).toBe(10000);
  });

  it('existing column made NOT NULL: helper check, VALIDATE, SET NOT NULL without a scan', async () => {
    await db.exec(`UPDATE accounts SET nick = 'none' WHERE nick IS NULL`);
    const after = patternBase();
    tableOf(after, 'accounts').columns.find((c) => c.name === 'nick')!.nullable = false;
    const bundle = await migrate(after);
    expect(sqlOf(bundle)).toContain('ALTER COLUMN "nick" SET NOT NULL');
    await rollBack(bundle);
  });

  it('foreign key: NOT VALID, then VALIDATE in its own transaction', async () => {
    const after = patternBase();
    after.relationships.push({
      id: 'rel_orders_account', name: null, fromTableId: tableOf(after, 'orders').id, fromColumnIds: ['col_orders_account_id'],
      toTableId: tableOf(after, 'accounts').id, toColumnIds: ['col_accounts_id'], cardinality: '1:N', onDelete: 'RESTRICT', onUpdate: 'NO ACTION',
      deferrable: 'not_deferrable', matchFull: false,
    });
    const bundle = await migrate(after);
    const [add, validate] = bundle.manifest.migrations;
    expect([add?.stage, validate?.stage]).toEqual(['add_constraints', 'validate']);
    expect(sqlOf(bundle)).toContain('ON DELETE RESTRICT NOT VALID;');
    expect(sqlOf(bundle)).toContain('VALIDATE CONSTRAINT "orders_account_id_fkey"');
    expect(await count(`SELECT count(*) AS n FROM pg_constraint WHERE conname = 'orders_account_id_fkey' AND convalidated`)).toBe(1);
    await rollBack(bundle);
  });

  it('unique constraint: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … USING INDEX', async () => {
    const after = patternBase();
    tableOf(after, 'accounts').uniques.push({ id: 'uq_accounts_email', name: null, columnIds: ['col_accounts_email'], nullsNotDistinct: false });
    const bundle = await migrate(after);
    expect(bundle.manifest.migrations.map((m) => m.stage)).toEqual(['build_indexes', 'add_constraints']);
    const build = bundle.files.find((f) => f.path.includes('build_indexes.up'))!.contents;
    expect(build.split('\n')[0]).toBe('-- tablecraft:no-transaction');
    expect(build).toContain('CREATE UNIQUE INDEX CONCURRENTLY "accounts_email_key" ON "public"."accounts"');
    expect(sqlOf(bundle)).toContain('ADD CONSTRAINT "accounts_email_key" UNIQUE USING INDEX "accounts_email_key"');
    await rollBack(bundle);
  });

  it('indexes: CREATE and DROP INDEX CONCURRENTLY, each in its own non-transactional file', async () => {
    const after = patternBase();
    const orders = tableOf(after, 'orders');
    orders.indexes = [btree('idx_orders_account', 'orders_account_id_idx', ['col_orders_account_id'])];
    const bundle = await migrate(after);
    expect(bundle.manifest.migrations.map((m) => [m.stage, m.transactional])).toEqual([['drop_indexes', false], ['build_indexes', false]]);
    expect(sqlOf(bundle)).toContain('DROP INDEX CONCURRENTLY "public"."orders_total_idx"');
    expect(sqlOf(bundle)).toContain('CREATE INDEX CONCURRENTLY "orders_account_id_idx"');
    await rollBack(bundle);
  });

  it('index on a partitioned table: ON ONLY the parent, CONCURRENTLY per partition, ATTACH', async () => {
    const after = patternBase();
    tableOf(after, 'events').indexes.push(btree('idx_events_kind', 'events_kind_idx', ['col_events_kind']));
    const bundle = await migrate(after);
    const sql = sqlOf(bundle);
    expect(sql).toContain('CREATE INDEX "events_kind_idx" ON ONLY "public"."events"');
    expect(sql.match(/CREATE INDEX CONCURRENTLY/g)).toHaveLength(3);
    expect(sql.match(/ATTACH PARTITION/g)).toHaveLength(3);
    expect(await count(`SELECT count(*) AS n FROM pg_index WHERE indexrelid = 'events_kind_idx'::regclass AND indisvalid`)).toBe(1);
    expect(await count('SELECT count(*) AS n FROM events')).toBe(10000);
    await rollBack(bundle);
  });

  it('check on an existing table: NOT VALID, then VALIDATE', async () => {
    const after = patternBase();
    tableOf(after, 'orders').checks.push({ id: 'chk_total', name: null, expression: 'total > 0' });
    const bundle = await migrate(after);
    expect(sqlOf(bundle)).toContain('CHECK (total > 0) NOT VALID');
    expect(sqlOf(bundle)).toContain('VALIDATE CONSTRAINT "orders_total_check"');
    await rollBack(bundle);
  });

  it('a failing VALIDATE stops the plan and the applied steps roll back from there', async () => {
    const after = patternBase();
    tableOf(after, 'orders').checks.push({ id: 'chk_total', name: null, expression: 'total > 5' });
    const bundle = expectBundle(await diffBundle(patternBase(), after));
    await expect(applyUps(db, bundle)).rejects.toThrow(/violated by some row/);
    const applied = bundle.manifest.migrations.filter((m) => m.stage !== 'validate');
    await applyDowns(db, { ...bundle, manifest: { ...bundle.manifest, migrations: applied } });
    const { actual, expected } = await catalogVsDocument(db, patternBase());
    expect(actual).toEqual(expected);
  });
});
