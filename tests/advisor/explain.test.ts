import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviseDocument, applyAdvisorFix, patternQuery, summarizePlan, type IndexProposal } from '../../lib/advisor';
import { createStatements, migrationStatements } from '../../lib/ddl';
import { DiagramBuilder } from '../../lib/model/builder';
import type { DiagramDocument } from '../../lib/model/document';
import { execAll, openPglite18, type TestDatabase } from '../support/databases';

/**
 * The advisor's proof: on PGlite 18 with 50,000 synthetic rows, each pattern's
 * query seq-scans before, and uses the proposed index after the proposal is
 * applied through the real pipeline (fix → new document → DDL diff → execute).
 */
function design(): DiagramDocument {
  const b = new DiagramBuilder('Orders', { readableIds: true });
  b.table('orders', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('user_id', 'bigint', { nullable: false })
    .column('status', 'text', { nullable: false })
    .column('attrs', 'jsonb', { nullable: false, default: "'{}'::jsonb" })
    .column('total', 'numeric(12,2)', { nullable: false })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .volume(50_000, 5_000)
    .accessPattern({ name: 'orders of a user, newest first', filters: [{ column: 'user_id', operator: 'eq' }], orderBy: [{ column: 'created_at', direction: 'desc' }], limit: 20 })
    .accessPattern({ name: 'newest open orders', filters: [{ column: 'status', operator: 'eq', constant: 'open' }], orderBy: [{ column: 'created_at', direction: 'desc' }], limit: 50 })
    .accessPattern({ name: 'gift orders', filters: [{ column: 'attrs', operator: 'contains' }] }));
  return b.build();
}

const PARAMS: Record<string, unknown[]> = {
  'orders of a user, newest first': [42],
  'newest open orders': [],
  'gift orders': ['{"gift": true}'],
};

describe('advisor proposals under EXPLAIN (PGlite 18, 50,000 rows)', () => {
  let db: TestDatabase;
  let doc = design();

  beforeAll(async () => {
    db = await openPglite18();
    const created = createStatements(doc);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await execAll(db, created.value);
    await db.exec(`INSERT INTO orders (user_id, status, attrs, total, created_at)
      SELECT i % 1000, CASE WHEN i % 10 = 0 THEN 'open' ELSE 'done' END,
             CASE WHEN i % 200 = 0 THEN '{"gift": true}'::jsonb ELSE '{"gift": false}'::jsonb END,
             (i % 500) + 0.99, timestamptz '2026-01-01' + i * interval '1 minute'
      FROM generate_series(1, 50000) AS i;
      ANALYZE orders;`);
  });
  afterAll(async () => { await db?.close(); });

  async function explain(current: DiagramDocument, patternName: string) {
    const table = current.tables[0]!;
    const pattern = table.accessPatterns.find((p) => p.name === patternName)!;
    const query = patternQuery(current, table.id, pattern.id);
    if (!query.ok) throw new Error(query.error);
    const [row] = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.value.sql}`, PARAMS[patternName]);
    return summarizePlan(row!['QUERY PLAN']);
  }

  it('each pattern seq-scans before, and uses its proposed index after applying the proposal', async () => {
    const proposals = adviseDocument(doc).proposals as IndexProposal[];
    expect(proposals.map((p) => p.index.name)).toEqual(['orders_user_id_created_at_idx', 'orders_created_at_idx', 'orders_attrs_gin_idx']);
    for (const proposal of proposals) {
      const patternName = doc.tables[0]!.accessPatterns.find((p) => p.id === proposal.patternIds[0])!.name;
      const before = await explain(doc, patternName);
      expect(before.seqScans.map((s) => s.relation), patternName).toEqual(['orders']);
      expect(before.seqScanOnLargeTable).toBe(true);

      const applied = applyAdvisorFix(doc, proposal.fix);
      if (!applied.ok) throw new Error(applied.error.message);
      const ddl = migrationStatements(doc, applied.value);
      if (!ddl.ok) throw new Error(JSON.stringify(ddl.error));
      if (proposal.index.name === 'orders_created_at_idx') expect(ddl.value[0]!.sql).toContain(`WHERE "status" = 'open'`);
      expect(ddl.value.map((s) => s.sql)).toEqual([expect.stringMatching(new RegExp(`^CREATE INDEX "${proposal.index.name}"`))]);
      await execAll(db, ddl.value);
      await db.exec('ANALYZE orders');
      doc = applied.value;

      const after = await explain(doc, patternName);
      expect(after.indexes, patternName).toEqual([proposal.index.name]);
      expect(after.nodeTypes.some((t) => ['Index Scan', 'Index Only Scan', 'Bitmap Index Scan'].includes(t))).toBe(true);
      expect(after.seqScans).toEqual([]);
    }
    // Once applied, the advisor has nothing left to propose.
    expect(adviseDocument(doc).proposals).toEqual([]);
  });
});
