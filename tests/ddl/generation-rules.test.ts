import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../lib/ddl/diff';
import { emitAll } from '../../lib/ddl/emit';
import { createStatements } from '../../lib/ddl/generate';
import { notImmutableReason } from '../../lib/ddl/immutability';
import { hashPartitions, weeklyRangePartitions } from '../../lib/ddl/partition-sets';
import { ivfflatLists } from '../../lib/ddl/vector-params';
import { DiagramBuilder } from '../../lib/model/builder';
import { openPglite18, type TestDatabase } from '../support/databases';
import { catalogVsDocument, execAll } from '../support/roundtrip';

/** Rules checked before emitting, each against what PostgreSQL itself does. */
describe('generation rules', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  it('refuses a generated column PostgreSQL would refuse as not immutable, naming the column and why', async () => {
    const b = new DiagramBuilder('g', { readableIds: true });
    b.table('events', (t) => t.column('id', 'bigint').column('payload', 'jsonb').column('at', 'timestamptz', { generated: "(payload->>'at')::timestamptz" }));
    const result = createStatements(b.build());
    expect(!result.ok && result.error).toEqual([expect.objectContaining({ kind: 'not_immutable', object: 'public.events.at', column: 'at' })]);
    expect(!result.ok && result.error[0]!.message).toMatch(/generated column "at".*casting text to timestamptz is not immutable/);
    // PostgreSQL agrees.
    await expect(db.exec(`CREATE TABLE e (payload jsonb, at timestamptz GENERATED ALWAYS AS ((payload->>'at')::timestamptz) STORED)`)).rejects.toThrow(/immutable/);
  });

  it('accepts immutable promotions, which PostgreSQL accepts too', async () => {
    expect(notImmutableReason("payload->>'sku'")).toBeNull();
    expect(notImmutableReason("(payload->>'price')::numeric")).toBeNull();
    expect(notImmutableReason('now()')).toMatch(/now\(\) is not immutable/);
    const b = new DiagramBuilder('g', { readableIds: true });
    b.table('items', (t) => t.column('payload', 'jsonb').column('price', 'numeric', { generated: "(payload->>'price')::numeric" }).index('items_price_idx', ['price']));
    const result = createStatements(b.build());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await execAll(db, result.value);
    await db.exec('DROP TABLE items');
  });

  it('validates HNSW m and ef_construction with the allowed ranges', () => {
    const build = (m: number, ef: number) => {
      const b = new DiagramBuilder('v', { readableIds: true });
      b.table('docs', (t) => t.column('e', 'vector(3)').index('docs_e_idx', ['e'], { method: 'hnsw', with: { m, ef_construction: ef } }));
      return createStatements(b.build());
    };
    expect(build(16, 64).ok).toBe(true);
    const tooBig = build(101, 300);
    expect(!tooBig.ok && tooBig.error[0]!.message).toMatch(/m must be between 2 and 100 \(got 101\)/);
    const tooSmallEf = build(32, 40);
    expect(!tooSmallEf.ok && tooSmallEf.error[0]).toMatchObject({ kind: 'invalid_index_parameter', parameter: 'ef_construction' });
    expect(!tooSmallEf.ok && tooSmallEf.error[0]!.message).toContain('at least 2 × m (64)');
  });

  it('derives IVFFlat lists from the volume (rows/1000 up to 1M, sqrt above) and PostgreSQL builds it', async () => {
    expect([ivfflatLists(500), ivfflatLists(200_000), ivfflatLists(1_000_000), ivfflatLists(4_000_000)]).toEqual([1, 200, 1000, 2000]);
    const b = new DiagramBuilder('v', { readableIds: true });
    b.table('docs', (t) => t.column('id', 'bigint', { nullable: false }).column('e', 'vector(3)').primaryKey('id')
      .index('docs_e_idx', ['e vector_cosine_ops'], { method: 'ivfflat' }).volume(250_000, 0));
    const doc = b.build();
    const ops = diff({ ...doc, tables: [], extensions: [] }, doc);
    if (!ops.ok) throw new Error(JSON.stringify(ops.error));
    const statements = emitAll(ops.value);
    expect(statements.map((s) => s.sql).join('\n')).toContain('WITH (lists = 250)');
    await execAll(db, statements);
    const { actual, expected } = await catalogVsDocument(db, doc);
    expect(actual).toEqual(expected);
    await db.exec('DROP TABLE docs; DROP EXTENSION vector;');
  });

  it('weekly range partitions start on Mondays; hash partitions cover every remainder; both run', async () => {
    const weeks = weeklyRangePartitions('hits', '2026-01-07', 3);
    expect(weeks.map((p) => p.name)).toEqual(['hits_w20260105', 'hits_w20260112', 'hits_w20260119', 'hits_default']);
    const b = new DiagramBuilder('p', { readableIds: true });
    b.table('hits', (t) => {
      t.column('at', 'timestamptz', { nullable: false }).column('tenant', 'integer', { nullable: false });
      t.table.partitioning = { strategy: 'range', key: [{ columnId: t.col('at').id, expression: null }], partitions: weeks };
    });
    b.table('rows', (t) => {
      t.column('tenant', 'integer', { nullable: false });
      t.table.partitioning = { strategy: 'hash', key: [{ columnId: t.col('tenant').id, expression: null }], partitions: hashPartitions('rows', 4) };
    });
    const doc = b.build();
    const result = createStatements(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await execAll(db, result.value);
    await db.exec(`INSERT INTO hits VALUES ('2026-01-13', 1), ('2030-01-01', 2); INSERT INTO rows SELECT g FROM generate_series(1, 100) g;`);
    expect(await db.query(`SELECT tableoid::regclass::text AS p FROM hits ORDER BY at`)).toEqual([{ p: 'hits_w20260112' }, { p: 'hits_default' }]);
    const { actual, expected } = await catalogVsDocument(db, doc);
    expect(actual).toEqual(expected);
    await db.exec('DROP TABLE hits; DROP TABLE rows;');
  });
});
