import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCheckName, defaultForeignKeyName, defaultPrimaryKeyName, defaultUniqueName } from '../../lib/ddl/names';
import { openPglite18, type TestDatabase } from '../support/databases';

/** Our default constraint names against the names PostgreSQL itself picks for unnamed constraints. */
describe('default constraint names match PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  const cases: { table: string; a: string; b: string }[] = [
    { table: 'orders', a: 'user_id', b: 'created_at' },
    { table: 'x'.repeat(60), a: 'y'.repeat(50), b: 'z' },
    { table: 'Bestellung_ä'.repeat(5), a: 'größe_'.repeat(8), b: 'b' },
  ];

  for (const { table, a, b } of cases) {
    it(`names for table ${table.slice(0, 20)}…`, async () => {
      const q = (s: string) => `"${s}"`;
      await db.exec(`CREATE TABLE ref_t (id int PRIMARY KEY, k int, UNIQUE (id, k))`);
      // A UNIQUE on exactly the primary key columns would be dropped by PostgreSQL as redundant, so the order differs.
      await db.exec(`CREATE TABLE ${q(table)} (${q(a)} int, ${q(b)} int, PRIMARY KEY (${q(a)}, ${q(b)}), UNIQUE (${q(b)}, ${q(a)}), UNIQUE (${q(b)}),
        CHECK (${q(a)} > 0), CHECK (${q(a)} > ${q(b)}), CHECK (${q(a)} < 10))`);
      await db.exec(`ALTER TABLE ${q(table)} ADD FOREIGN KEY (${q(a)}, ${q(b)}) REFERENCES ref_t (id, k)`);
      const rows = await db.query<{ conname: string }>(`SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass AND contype <> 'n' ORDER BY oid`, [q(table)]);
      const taken = new Set<string>([table, 'ref_t', 'ref_t_pkey', 'ref_t_id_k_key']);
      const columns = [a, b];
      const ours = [
        defaultPrimaryKeyName(table, taken),
        defaultUniqueName(table, [b, a], taken),
        defaultUniqueName(table, [b], taken),
        defaultCheckName(table, `"${a}" > 0`, columns, taken),
        defaultCheckName(table, `"${a}" > "${b}"`, columns, taken),
        defaultCheckName(table, `"${a}" < 10`, columns, taken),
        defaultForeignKeyName(table, [a, b], taken),
      ];
      expect(ours.sort()).toEqual(rows.map((r) => r.conname).sort());
      await db.exec(`DROP TABLE ${q(table)}; DROP TABLE ref_t;`);
    });
  }
});
