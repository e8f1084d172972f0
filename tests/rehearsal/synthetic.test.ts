import { beforeAll, describe, expect, it } from 'vitest';
import { createStatements } from '../../lib/ddl';
import type { DiagramDocument } from '../../lib/model/document';
import { qualified, ident } from '../../lib/sql/quote';
import { planSyntheticData, type SyntheticOptionsInput } from '../../lib/synthetic';
import { TEMPLATES } from '../../lib/templates';
import { execAll, openPglite18, openServerDatabase, serverUnavailableReason, type TestDatabase } from '../support/databases';

/**
 * The generator on every template, run against real PostgreSQL with all the
 * template's constraints in place: a row that broke a foreign key, a unique
 * constraint, a CHECK, an enum or a vector dimension would make its INSERT fail.
 */
const OPTIONS: SyntheticOptionsInput = { scale: 0.0005, maxRows: 3_000, maxVectorRows: 300, seed: 42, now: '2026-05-01' };
const templates = TEMPLATES.filter((t) => t.id !== 'blank');

async function load(db: TestDatabase, doc: DiagramDocument, options: SyntheticOptionsInput) {
  const created = createStatements(doc);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  await execAll(db, created.value);
  const plan = planSyntheticData(doc, options);
  for (const table of plan.tables) {
    expect(table.skipped, table.name).toBeNull();
    await execAll(db, table.statements);
  }
  return plan;
}

/** A fingerprint of every row of every table, in key order. */
async function fingerprint(db: TestDatabase, doc: DiagramDocument): Promise<string[]> {
  const out: string[] = [];
  for (const table of doc.tables) {
    const name = qualified(doc.schemas.find((s) => s.id === table.schemaId)!.name, table.name);
    const [row] = await db.query<{ h: string }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM ${name} AS t`);
    out.push(`${table.name}:${row!.h}`);
  }
  return out;
}

async function checkAll(db: TestDatabase, doc: DiagramDocument, plan: ReturnType<typeof planSyntheticData>) {
  for (const table of plan.tables) {
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table.qualifiedName}`) as [{ n: number }];
    expect(n, table.name).toBe(table.rows);
    expect(table.rows, table.name).toBeGreaterThan(0);
  }
  // Foreign keys: every non-null child value has its parent (the constraints exist too; this says it in numbers).
  for (const rel of doc.relationships) {
    const from = doc.tables.find((t) => t.id === rel.fromTableId)!;
    const to = doc.tables.find((t) => t.id === rel.toTableId)!;
    const fc = rel.fromColumnIds.map((id) => ident(from.columns.find((c) => c.id === id)!.name));
    const tc = rel.toColumnIds.map((id) => ident(to.columns.find((c) => c.id === id)!.name));
    const [{ orphans }] = await db.query<{ orphans: number }>(`SELECT count(*)::int AS orphans FROM ${qualified('public', from.name)} c
      WHERE ${fc.map((c) => `c.${c} IS NOT NULL`).join(' AND ')}
        AND NOT EXISTS (SELECT 1 FROM ${qualified('public', to.name)} p WHERE ${fc.map((c, i) => `p.${tc[i]} = c.${c}`).join(' AND ')})`) as [{ orphans: number }];
    expect(orphans, `${from.name} → ${to.name}`).toBe(0);
  }
}

describe('synthetic data on PGlite 18', () => {
  for (const template of templates) {
    it(`fills every table of "${template.id}" with valid rows, deterministically`, async () => {
      const doc = template.build();
      const a = await openPglite18();
      const b = await openPglite18();
      try {
        const plan = await load(a, doc, OPTIONS);
        await checkAll(a, doc, plan);
        await load(b, doc, OPTIONS);
        expect(await fingerprint(b, doc)).toEqual(await fingerprint(a, doc));
        if (template.id === 'rag') {
          const [dims] = await a.query<{ lo: number; hi: number; distinct: number }>('SELECT min(vector_dims(embedding)) AS lo, max(vector_dims(embedding)) AS hi, count(DISTINCT embedding::text)::int AS distinct FROM chunks');
          expect(dims).toEqual({ lo: 1536, hi: 1536, distinct: expect.any(Number) });
          expect(dims!.distinct).toBeGreaterThan(100);
        }
        if (template.id === 'ecommerce') {
          const labels = await a.query<{ status: string }>('SELECT DISTINCT status::text AS status FROM orders ORDER BY 1');
          expect(labels.map((r) => r.status).every((s) => ['pending', 'paid', 'shipped', 'delivered', 'cancelled'].includes(s))).toBe(true);
          expect(labels.length).toBeGreaterThan(2);
          // Skewed fan-out: the busiest user has several times the average number of orders.
          const [fan] = await a.query<{ top: number; avg: number }>('SELECT max(n)::int AS top, avg(n)::float8 AS avg FROM (SELECT count(*) AS n FROM orders GROUP BY user_id) x');
          expect(fan!.top).toBeGreaterThan(3 * fan!.avg);
        }
        if (template.id === 'events') {
          const [inDefault] = await a.query<{ n: number }>('SELECT count(*)::int AS n FROM events_default');
          expect(inDefault!.n).toBe(0);
        }
      } finally {
        await a.close();
        await b.close();
      }
    }, 120_000);
  }

  it('a different seed gives different rows', async () => {
    const doc = templates.find((t) => t.id === 'ecommerce')!.build();
    const [a, b] = [await openPglite18(), await openPglite18()];
    try {
      await load(a, doc, OPTIONS);
      await load(b, doc, { ...OPTIONS, seed: 43 });
      expect(await fingerprint(b, doc)).not.toEqual(await fingerprint(a, doc));
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);
});

describe('synthetic data on the PostgreSQL 15 server', () => {
  let unavailable: string | null = null;
  beforeAll(async () => { unavailable = await serverUnavailableReason(); });
  for (const template of templates.filter((t) => t.id !== 'rag')) {
    it(`fills "${template.id}"`, async (ctx) => {
      if (unavailable) ctx.skip(unavailable);
      const doc = template.build();
      const db = await openServerDatabase();
      try {
        await checkAll(db, doc, await load(db, doc, OPTIONS));
      } finally {
        await db.close();
      }
    }, 120_000);
  }
});
