import { describe, expect, it } from 'vitest';
import { newId } from '../../lib/model/ids';
import type { DiagramDocument } from '../../lib/model/document';
import { rehearse, type RehearsalEvent } from '../../lib/server/rehearsal';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { openServerDatabase, SERVER_URL, serverUnavailableReason } from '../support/databases';

/** The e-commerce template as someone might first draw it: keys and constraints, but no secondary indexes. */
function withoutIndexes(): DiagramDocument {
  const doc = ecommerceTemplate();
  for (const table of doc.tables) table.indexes = [];
  return doc;
}

/** The next version of the design: a nullable column on orders, so the migration has a step to time. */
function withTrackingNumber(doc: DiagramDocument): DiagramDocument {
  const next = structuredClone(doc);
  const orders = next.tables.find((t) => t.name === 'orders')!;
  orders.columns.push({
    id: newId('col'), name: 'tracking_number', type: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 }, nullable: true,
    default: null, identity: null, generated: null, collation: null, comment: '', snapshotOf: null,
  });
  return next;
}

describe('rehearsal on the sandbox (PGlite 18)', () => {
  it('loads ≥ 50k orders, times the migration, flags the seq scan and shows the proposed index in the plan after', async () => {
    const before = withoutIndexes();
    const events: RehearsalEvent[] = [];
    const result = await rehearse({
      document: before, after: withTrackingNumber(before), target: { kind: 'sandbox' },
      synthetic: { scale: 0.05, seed: 7, now: '2026-05-01' }, applyProposals: true, onEvent: (e) => events.push(e),
    });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value;

    const orders = report.tables.find((t) => t.table === 'orders')!;
    expect(orders.rows).toBe(50_000);
    expect(orders.error).toBeNull();
    for (const t of report.tables) expect(t.rows, t.table).toBe(t.plannedRows);
    expect(events.some((e) => e.kind === 'load' && e.table === 'order_items' && e.rowsDone < e.rows)).toBe(true);

    expect(report.migration!.steps.length).toBeGreaterThan(0);
    const step = report.migration!.steps[0]!;
    expect(step.durationMs).toBeGreaterThanOrEqual(0);
    expect(step.statements.some((s) => /ADD COLUMN "tracking_number"/.test(s.sql))).toBe(true);

    const pattern = report.patterns.find((p) => p.pattern === 'orders of a user, newest first')!;
    expect(pattern.skipped).toBeNull();
    expect(pattern.params[0]!.value).toMatch(/^\d+$/);
    expect(pattern.before!.nodeTypes).toContain('Seq Scan');
    expect(pattern.before!.seqScans.map((s) => s.relation)).toEqual(['orders']);
    expect(pattern.seqScanOnLargeTable).toBe(true);
    expect(pattern.proposal!.indexName).toBe('orders_user_id_created_at_idx');
    expect(pattern.proposal!.reasons.length).toBeGreaterThan(0);
    expect(pattern.proposal!.fix.kind).toBe('add_index');
    expect(pattern.proposal!.ddl.join('\n')).toMatch(/CREATE INDEX "orders_user_id_created_at_idx"/);
    expect(pattern.after!.nodeTypes.some((t) => ['Index Scan', 'Index Only Scan', 'Bitmap Index Scan'].includes(t))).toBe(true);
    expect(pattern.after!.nodeTypes).not.toContain('Seq Scan');
    expect(pattern.after!.indexes).toEqual(['orders_user_id_created_at_idx']);
    expect(pattern.after!.executionMs!).toBeLessThan(pattern.before!.executionMs!);

    // The unique e-mail lookup is served by the unique constraint's index: no flag, nothing proposed.
    const byEmail = report.patterns.find((p) => p.pattern === 'active users by email')!;
    expect(byEmail.seqScanOnLargeTable).toBe(false);
    expect(byEmail.before!.usesIndex).toBe(true);
  }, 180_000);
});

describe('rehearsal targets on the PostgreSQL 15 server', () => {
  it('refuses a database that is not empty, and changes nothing in it', async (ctx) => {
    const reason = await serverUnavailableReason();
    if (reason) ctx.skip(reason);
    const db = await openServerDatabase();
    try {
      await db.exec('CREATE TABLE keep_me (id int)');
      const url = new URL(SERVER_URL);
      url.pathname = `/${(await db.query<{ d: string }>('SELECT current_database() AS d'))[0]!.d}`;
      const result = await rehearse({ document: withoutIndexes(), target: { kind: 'empty_database', url: url.toString() }, synthetic: { scale: 0.0001 } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ kind: 'target_refused', message: expect.stringMatching(/not empty \(public\.keep_me\)/) });
      expect(await db.query('SELECT tablename FROM pg_tables WHERE schemaname = \'public\'')).toEqual([{ tablename: 'keep_me' }]);
    } finally {
      await db.close();
    }
  });

  it('rehearses in a scratch database it creates and drops', async (ctx) => {
    const reason = await serverUnavailableReason();
    if (reason) ctx.skip(reason);
    const result = await rehearse({ document: withoutIndexes(), target: { kind: 'scratch_database', url: SERVER_URL }, synthetic: { scale: 0.001 } });
    if (!result.ok) throw new Error(result.error.message);
    const scratch = result.value.target.where.split('/').pop()!;
    expect(scratch).toMatch(/^tablecraft_rehearsal_/);
    expect(result.value.tables.find((t) => t.table === 'orders')!.rows).toBe(1000);
    const admin = await openServerDatabase();
    try {
      expect(await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [scratch])).toEqual([]);
    } finally {
      await admin.close();
    }
  }, 60_000);
});
