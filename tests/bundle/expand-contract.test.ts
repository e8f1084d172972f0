import { afterEach, describe, expect, it } from 'vitest';
import { diffBundle, exportBundle, type Bundle } from '../../lib/bundle';
import { planMigration } from '../../lib/ddl/plan';
import { isRewritingTypeChange } from '../../lib/ddl/plan/rewrite';
import { DiagramBuilder } from '../../lib/model/builder';
import type { DiagramDocument } from '../../lib/model/document';
import { openPglite18, openServerDatabase, serverUnavailableReason, type TestDatabase } from '../support/databases';
import { catalogVsDocument } from '../support/roundtrip';
import { applyDowns, applyFile, expectBundle } from './support/apply';
import { patternBase, SEED_ROWS, tableOf } from './support/pattern-docs';

/**
 * Expand/contract for rewriting type changes and table renames, run with rows
 * in the table: clients keep writing the old column (or the old table name)
 * between the expand migrations and the CONTRACT one, and every such write ends
 * up right after the contract; DOWN goes back to the old catalog with the data.
 */

const bigintTotal = () => {
  const after = patternBase();
  tableOf(after, 'orders').columns.find((c) => c.name === 'total')!.type = { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 };
  return after;
};

/** A table whose integer primary key (NOT NULL, referenced by nothing) becomes bigint. */
const tickets = (type: string) => {
  const b = new DiagramBuilder('Tickets', { readableIds: true, postgresVersion: 15 });
  b.table('tickets', (t) => t.column('code', type, { nullable: false, default: '0', comment: 'ticket number' }).column('note', 'text').primaryKey('code'));
  return b.build();
};

const fileText = (bundle: Bundle, name: string) => bundle.files.find((f) => f.path === `migrations/${name}`)!.contents;
const stages = (bundle: Bundle) => bundle.manifest.migrations.map((m) => m.stage);

async function applyUntil(db: TestDatabase, bundle: Bundle, stop: (stage: string) => boolean) {
  for (const m of bundle.manifest.migrations) {
    if (stop(m.stage)) return;
    await applyFile(db, m.up, fileText(bundle, m.up));
  }
}
async function applyStage(db: TestDatabase, bundle: Bundle, stage: string) {
  const m = bundle.manifest.migrations.find((x) => x.stage === stage)!;
  await applyFile(db, m.up, fileText(bundle, m.up));
}
async function expectCatalog(db: TestDatabase, doc: DiagramDocument) {
  const { actual, expected } = await catalogVsDocument(db, doc);
  expect(actual).toEqual(expected);
}
/**
 * PostgreSQL cannot reorder columns: after the contract the swapped column is the
 * table's last. This compares the catalog with the column order set aside.
 */
async function expectCatalogAnyColumnOrder(db: TestDatabase, doc: DiagramDocument) {
  type Snapshot = { tables: { columns: { name: string }[] }[] };
  const sorted = (s: unknown) => {
    const copy = structuredClone(s) as Snapshot;
    for (const t of copy.tables) t.columns.sort((a, b) => a.name.localeCompare(b.name));
    return copy;
  };
  const { actual, expected } = await catalogVsDocument(db, doc);
  expect(sorted(actual)).toEqual(sorted(expected));
}
const one = async <T>(db: TestDatabase, sql: string) => (await db.query<{ v: T }>(sql))[0]!.v;

describe('which type changes rewrite', () => {
  it.each([
    ['integer', 'bigint', true], ['text', 'integer', true], ['varchar(20)', 'varchar(10)', true], ['text', 'varchar(10)', true],
    ['numeric(10,2)', 'numeric(12,3)', true], ['timestamp', 'timestamptz', true],
    ['varchar(10)', 'varchar(20)', false], ['varchar(10)', 'text', false], ['character varying(5)', 'text', false], ['text', 'varchar', false],
    ['numeric(10,2)', 'numeric(12,2)', false], ['numeric(10,2)', 'numeric', false],
  ])('%s → %s rewrites: %s', (from, to, rewrites) => {
    expect(isRewritingTypeChange(from, to)).toBe(rewrites);
  });
});

describe('the plan', () => {
  it('expands, backfills and contracts a rewriting change; safe: false and expandContract: false keep ALTER … TYPE', () => {
    const plan = planMigration(patternBase(), bigintTotal());
    if (!plan.ok) throw new Error(plan.error.map((e) => e.message).join('\n'));
    expect(plan.value.steps.map((s) => [s.stage, s.up.transactional])).toEqual([['expand', true], ['expand_backfill', false], ['contract', true]]);
    const all = plan.value.steps.flatMap((s) => s.up.statements);
    expect(all.some((s) => s.sql.includes('TYPE bigint'))).toBe(false);
    expect(all.every((s) => s.explanation.length > 20)).toBe(true);
    for (const options of [{ safe: false }, { expandContract: false }]) {
      const inPlace = planMigration(patternBase(), bigintTotal(), options);
      if (!inPlace.ok) throw new Error('in-place plan failed');
      expect(inPlace.value.steps.flatMap((s) => s.up.statements).map((s) => s.sql)).toContain('ALTER TABLE "public"."orders" ALTER COLUMN "total" TYPE bigint USING "total"::bigint;');
    }
  });

  it('keeps a non-rewriting change (varchar(n) → text) in place', () => {
    const b = new DiagramBuilder('V', { readableIds: true });
    b.table('t', (t) => t.column('id', 'bigint', { identity: 'always' }).column('name', 'varchar(40)').primaryKey('id'));
    const before = b.build();
    const after = structuredClone(before);
    after.tables[0]!.columns[1]!.type = { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 };
    const plan = planMigration(before, after);
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.value.steps.map((s) => s.stage)).toEqual(['main']);
  });
});

const reason = await serverUnavailableReason();
const tiers: { name: string; open: () => Promise<TestDatabase>; skip: boolean }[] = [
  { name: 'the PostgreSQL 15 server', open: openServerDatabase, skip: Boolean(reason) },
  { name: 'PGlite 18', open: openPglite18, skip: false },
];

describe.each(tiers)('integer → bigint with 10,000 rows on $name', ({ open, skip }) => {
  let db: TestDatabase | undefined;
  afterEach(async () => { await db?.close(); db = undefined; });

  it.skipIf(skip)('writes through the old column during the transition land in the new one; contract matches the document; DOWN restores', async () => {
    db = await open();
    const before = patternBase();
    await applyUntil(db, expectBundle(await exportBundle(before)), () => false);
    await db.exec(SEED_ROWS);
    const after = bigintTotal();
    const bundle = expectBundle(await diffBundle(before, after));
    expect(stages(bundle)).toEqual(['expand', 'expand_backfill', 'contract']);
    const contract = bundle.manifest.migrations.find((m) => m.stage === 'contract')!;
    expect(fileText(bundle, contract.up)).toContain('CONTRACT: run only after every client reads the new column');
    expect(fileText(bundle, contract.up)).toMatch(/^SET lock_timeout = /m);

    await applyStage(db, bundle, 'expand');
    // Old clients, before the backfill: insert and update through the old integer column.
    await db.exec(`INSERT INTO orders (account_id, total) VALUES (1, 2147483000)`);
    await db.exec(`UPDATE orders SET total = total + 1 WHERE id <= 100`);
    await applyStage(db, bundle, 'expand_backfill');
    await db.exec(`INSERT INTO orders (account_id, total) VALUES (2, -7), (3, NULL)`);
    await db.exec(`UPDATE orders SET total = total * 2 WHERE id BETWEEN 5000 AND 5099`);
    expect(await one<string>(db, `SELECT count(*)::text AS v FROM orders WHERE total__new IS DISTINCT FROM total::bigint`)).toBe('0');
    const checksum = await one<string>(db, `SELECT sum(total)::text || '/' || count(*) AS v FROM orders`);

    await applyStage(db, bundle, 'contract');
    await expectCatalog(db, after);
    expect(await one<string>(db, `SELECT sum(total)::text || '/' || count(*) AS v FROM orders`)).toBe(checksum);
    expect(await one<string>(db, `SELECT count(*)::text AS v FROM pg_trigger WHERE tgrelid = 'orders'::regclass AND NOT tgisinternal`)).toBe('0');
    await db.exec(`INSERT INTO orders (account_id, total) VALUES (1, 9000000000)`); // needs bigint
    await db.exec(`DELETE FROM orders WHERE total = 9000000000`);

    await applyDowns(db, bundle);
    await expectCatalog(db, before);
    expect(await one<string>(db, `SELECT sum(total)::text || '/' || count(*) AS v FROM orders`)).toBe(checksum);
  });
});

describe.skipIf(Boolean(reason))('on the PostgreSQL 15 server', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => { await db?.close(); db = undefined; });

  it('a NOT NULL primary key column with a default: helper check validated, key rebuilt USING INDEX, default and comment restored', async () => {
    db = await openServerDatabase();
    const before = tickets('integer');
    await applyUntil(db, expectBundle(await exportBundle(before)), () => false);
    await db.exec(`INSERT INTO tickets (code, note) SELECT g, 'n' || g FROM generate_series(1, 10000) g`);
    const after = tickets('bigint');
    const bundle = expectBundle(await diffBundle(before, after));
    expect(stages(bundle)).toEqual(['expand', 'expand_backfill', 'expand_validate', 'contract']);
    await applyUntil(db, bundle, (stage) => stage === 'contract');
    await db.exec(`INSERT INTO tickets (code, note) VALUES (20000, 'during')`);
    await expect(db.exec(`INSERT INTO tickets (code) VALUES (NULL)`)).rejects.toThrow(/null value/);
    await applyStage(db, bundle, 'contract');
    await expectCatalogAnyColumnOrder(db, after);
    expect(await one<string>(db, `SELECT attname AS v FROM pg_attribute WHERE attrelid = 'tickets'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum DESC LIMIT 1`)).toBe('code');
    expect(await one<string>(db, `SELECT count(*)::text AS v FROM tickets WHERE note IS NOT NULL`)).toBe('10001');
    await applyDowns(db, bundle);
    await expectCatalogAnyColumnOrder(db, before);
    expect(await one<string>(db, `SELECT sum(code)::text AS v FROM tickets`)).toBe(String(50005000 + 20000));
  });

  it('table rename: the old name stays writable through a view until the contract drops it', async () => {
    db = await openServerDatabase();
    const before = patternBase();
    await applyUntil(db, expectBundle(await exportBundle(before)), () => false);
    await db.exec(SEED_ROWS);
    const after = patternBase();
    tableOf(after, 'accounts').name = 'customers';
    const bundle = expectBundle(await diffBundle(before, after));
    expect(stages(bundle)).toEqual(['main', 'contract']);
    await applyStage(db, bundle, 'main');
    await db.exec(`INSERT INTO accounts (email, nick) VALUES ('old-client@example.com', 'old')`);
    await db.exec(`UPDATE accounts SET nick = 'renamed' WHERE id = 1`);
    expect(await one<string>(db, `SELECT count(*)::text AS v FROM customers`)).toBe('10001');
    expect(await one<string>(db, `SELECT nick AS v FROM customers WHERE id = 1`)).toBe('renamed');
    await applyStage(db, bundle, 'contract');
    await expectCatalog(db, after);
    expect(await one<string>(db, `SELECT count(*)::text AS v FROM pg_views WHERE viewname = 'accounts'`)).toBe('0');
    await applyDowns(db, bundle);
    await expectCatalog(db, before);
    expect(await one<string>(db, `SELECT count(*)::text AS v FROM accounts`)).toBe('10001');
  });

  it('a rename and a type change of the same table: the view keeps the old name working; UP, DOWN, catalog both ways', async () => {
    db = await openServerDatabase();
    const before = patternBase();
    await applyUntil(db, expectBundle(await exportBundle(before)), () => false);
    await db.exec(SEED_ROWS);
    const after = bigintTotal();
    tableOf(after, 'orders').name = 'purchases';
    const bundle = expectBundle(await diffBundle(before, after));
    expect(stages(bundle)).toEqual(['main', 'expand', 'expand_backfill', 'contract']);
    await applyUntil(db, bundle, (stage) => stage === 'contract');
    await db.exec(`INSERT INTO orders (account_id, total) VALUES (1, 123)`);
    expect(await one<string>(db, `SELECT total__new::text AS v FROM purchases WHERE total = 123`)).toBe('123');
    await applyStage(db, bundle, 'contract');
    await expectCatalog(db, after);
    await applyDowns(db, bundle);
    await expectCatalog(db, before);
    expect(await one<string>(db, `SELECT count(*)::text AS v FROM orders`)).toBe('10001');
  });
});
