import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFromDatabase, type DiscoveryReport } from '../../lib/server/discovery';
import { sampleSql } from '../../lib/server/discovery/sample';
import type { DiagramDocument } from '../../lib/model';
import { openPglite18, openServerDatabase, serverUnavailableReason, type TestDatabase } from '../support/databases';
import { columnId, introspectedShop, queryable, SHOP_SQL, spell, tableNamed, withSnapshot } from './shop';

const serverReason = await serverUnavailableReason();
const tiers = [
  { label: 'PGlite 18', open: openPglite18, skip: false },
  { label: 'PostgreSQL 15 server', open: openServerDatabase, skip: serverReason !== null },
];

for (const tier of tiers) {
  describe.skipIf(tier.skip)(`dependency discovery on ${tier.label}`, () => {
    let db: TestDatabase;
    let doc: DiagramDocument;
    let report: DiscoveryReport;

    beforeAll(async () => {
      db = await tier.open();
      await db.exec(SHOP_SQL);
      doc = await introspectedShop(queryable(db));
      report = await discoverFromDatabase(queryable(db), doc, { sampleSize: 10_000 });
    });
    afterAll(async () => db?.close());

    it('finds zip → city, state and city → state in addresses', () => {
      const exact = report.suggestions.filter((s) => s.sample.kind === 'exact').map((s) => spell(doc, s));
      expect(exact).toEqual(expect.arrayContaining(['addresses: zip -> city,state', 'addresses: city -> state']));
      const zip = report.suggestions.find((s) => spell(doc, s) === 'addresses: zip -> city,state')!;
      expect(zip.reason).toMatch(/^zip → city, state holds on 400 sampled rows/);
      expect(zip.severity).toBe('warning');
      // Two cities per state: state fixes neither city nor zip.
      expect(exact.filter((s) => s.startsWith('addresses: state ->'))).toEqual([]);
    });

    it('finds that orders copy the customer email (both ways: emails are unique)', () => {
      const spellings = report.suggestions.map((s) => spell(doc, s));
      expect(spellings).toContain('orders: customer_id -> customer_email');
      expect(spellings).toContain('orders: customer_email -> customer_id');
    });

    it('finds the price copied into order items, and nothing the keys already say', () => {
      const spellings = report.suggestions.map((s) => spell(doc, s));
      expect(spellings).toContain('order_items: product_id -> unit_price');
      // customers.email is UNIQUE NOT NULL: a declared key, not rediscovered; the names
      // happen to be unique too, which is offered once as a key of the sample.
      expect(report.suggestions.filter((s) => spell(doc, s).startsWith('customers:')).map((s) => [spell(doc, s), s.sample.kind]))
        .toEqual([['customers: name -> id,email', 'sample_key']]);
      expect(spellings.filter((s) => / id(,|$)/.test(s.split('->')[0]!))).toEqual([]);
    });

    it('reports how it sampled and read each column', () => {
      const addresses = report.tables.find((t) => t.tableName === 'addresses')!;
      expect(addresses).toMatchObject({ method: 'random_order', sampledRows: 400 });
      const products = report.tables.find((t) => t.tableName === 'products')!;
      expect(Object.fromEntries(products.columns.map((c) => [c.name, c.handling]))).toEqual({
        id: 'value', name: 'value', price: 'value', attributes: 'hashed', tags: 'hashed',
      });
      expect(report.skipped).toEqual([]);
    });

    it('does not suggest a dependency on a column marked as a snapshot', async () => {
      const marked = withSnapshot(withSnapshot(doc, 'order_items', 'unit_price', { table: 'products', column: 'price' }), 'orders', 'customer_email', { table: 'customers', column: 'email' });
      const again = await discoverFromDatabase(queryable(db), marked, { tableIds: [tableNamed(marked, 'order_items').id, tableNamed(marked, 'orders').id] });
      const dependents = again.suggestions.flatMap((s) => s.dependency!.dependent);
      expect(dependents).not.toContain(columnId(marked, 'order_items', 'unit_price'));
      expect(dependents).not.toContain(columnId(marked, 'orders', 'customer_email'));
      expect(again.tables.map((t) => t.tableName).sort()).toEqual(['order_items', 'orders']);
    });

    it('gives the same answer twice (seeded sample)', async () => {
      const again = await discoverFromDatabase(queryable(db), doc, { sampleSize: 10_000 });
      const strip = (r: DiscoveryReport) => r.suggestions.map((s) => [spell(doc, s), s.reason, s.confidence]);
      expect(strip(again)).toEqual(strip(report));
    });

    it('samples pages of a large table with TABLESAMPLE and a seed', async () => {
      await db.exec(`CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, kind_group text NOT NULL);
        INSERT INTO events SELECT i, 'k' || (i % 40), 'g' || ((i % 40) % 5) FROM generate_series(1, 50000) i; ANALYZE events;`);
      const withEvents = await introspectedShop(queryable(db));
      const events = tableNamed(withEvents, 'events');
      const found = await discoverFromDatabase(queryable(db), withEvents, { tableIds: [events.id], sampleSize: 2000 });
      const table = found.tables[0]!;
      expect(table.method).toBe('tablesample');
      expect(table.sampledRows).toBeGreaterThan(0);
      expect(table.sampledRows).toBeLessThanOrEqual(2000);
      expect(found.suggestions.map((s) => spell(withEvents, s))).toContain('events: kind -> kind_group');
      await db.exec('DROP TABLE events');
    });

    it('skips a diagram table the database does not have', async () => {
      const extra = { ...doc, tables: [...doc.tables, { ...tableNamed(doc, 'customers'), id: 'tbl_ghost', name: 'ghosts' }] };
      const found = await discoverFromDatabase(queryable(db), extra, { tableIds: ['tbl_ghost'] });
      expect(found.skipped).toEqual([{ tableId: 'tbl_ghost', tableName: 'ghosts', reason: 'no table public.ghosts in the database' }]);
    });
  });
}

describe('sample SQL', () => {
  const columns = [{ columnId: 'col_a', name: 'zip', handling: 'value' as const, liveType: 'text' }, { columnId: 'col_b', name: 'Data', handling: 'hashed' as const, liveType: 'jsonb' }];
  const table = { name: 'addresses' } as Parameters<typeof sampleSql>[1];

  it('reads a small or unanalyzed table in random order', () => {
    expect(sampleSql('public', table, columns, { columns, estimatedRows: -1 }, { sampleSize: 100, seed: 1 }).sql)
      .toBe('SELECT "zip"::text AS "c0", md5("Data"::text) AS "c1" FROM "public"."addresses" ORDER BY random() LIMIT 100');
  });

  it('samples pages of a large table, asking for 20% more than needed', () => {
    expect(sampleSql('public', table, columns, { columns, estimatedRows: 1_000_000 }, { sampleSize: 10_000, seed: 7 }).sql)
      .toBe('SELECT "zip"::text AS "c0", md5("Data"::text) AS "c1" FROM "public"."addresses" TABLESAMPLE SYSTEM (1.2) REPEATABLE (7) LIMIT 10000');
  });
});
