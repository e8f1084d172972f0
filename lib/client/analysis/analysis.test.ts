import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeDiagram, previewAnalysisFix, type AnalysisReport } from '../../analysis';
import { applyCommand } from '../../editor/apply';
import { counterIds } from '../../editor/factories/ids';
import { DiagramBuilder, type DiagramDocument } from '../../model';
import { ok } from '../../result';
import { createAnalysisStore, findingKey, watchDocument, type RunCheck } from './analysis-store';
import { acceptFindingCommand, replaceDocumentCommand, withdrawAcceptanceCommand } from './commands';
import { describeFixChanges } from './fix-summary';

function ordersWithCustomerEmail(declare: boolean): DiagramDocument {
  const b = new DiagramBuilder('shop', { readableIds: true });
  b.table('customers', (t) => t.column('id', 'bigint', { identity: 'always' }).column('email', 'text', { nullable: false }).primaryKey('id'));
  b.table('orders', (t) => {
    t.column('id', 'bigint', { identity: 'always' }).column('customer_id', 'bigint', { nullable: false })
      .column('customer_email', 'text', { nullable: false }).primaryKey('id');
    if (declare) t.dependency(['customer_id'], ['customer_email']);
  });
  b.foreignKey('orders', ['customer_id'], 'customers', ['id']);
  return b.build();
}

const normalization = (doc: DiagramDocument) => analyzeDiagram(doc, { only: ['normalization'] }).findings;

describe('applying a fix as one editor step', () => {
  it('turns the document into the fixed one, and its inverse restores the original exactly', () => {
    const doc = ordersWithCustomerEmail(true);
    const finding = normalization(doc).find((f) => f.tableName === 'orders' && f.fix)!;
    expect(finding.normalForm).toBe('3NF');
    const preview = previewAnalysisFix(doc, finding.fix!);
    if (!preview.ok) throw new Error(preview.error.message);

    const applied = applyCommand(doc, replaceDocumentCommand(doc, preview.value.document));
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.doc).toEqual(preview.value.document);
    expect(normalization(applied.value.doc).filter((f) => !f.accepted && f.severity !== 'info')).toEqual([]);

    const undone = applyCommand(applied.value.doc, applied.value.inverse);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value.doc).toEqual(doc);
  });

  it('describes the change in words: columns moved out, and what was added', () => {
    const doc = ordersWithCustomerEmail(true);
    const finding = normalization(doc).find((f) => f.tableName === 'orders' && f.fix)!;
    const preview = previewAnalysisFix(doc, finding.fix!);
    if (!preview.ok) throw new Error(preview.error.message);
    const lines = describeFixChanges(doc, preview.value.document);
    expect(lines.some((l) => l.startsWith('orders: columns customer_email moved out'))).toBe(true);
    expect(describeFixChanges(doc, doc)).toEqual([]);
  });
});

describe('accepting a finding', () => {
  it('needs a justification of at least 20 characters', () => {
    const doc = ordersWithCustomerEmail(true);
    const finding = normalization(doc).find((f) => f.tableName === 'orders')!;
    const refused = acceptFindingCommand(doc, finding, { justification: 'because', evidence: '' });
    expect(refused).toMatchObject({ ok: false });
    if (refused.ok) return;
    expect(refused.error).toContain('at least 20 characters');
  });

  it('stores an exception that marks the finding accepted (not counted), and can be withdrawn', () => {
    const doc = ordersWithCustomerEmail(true);
    const finding = normalization(doc).find((f) => f.tableName === 'orders')!;
    const justification = 'read path measured: join costs 4 ms per page view';
    const command = acceptFindingCommand(doc, finding, { justification, evidence: 'Seq Scan on orders' }, new Date('2026-01-01T00:00:00Z'), counterIds());
    if (!command.ok) throw new Error(command.error);
    const applied = applyCommand(doc, command.value);
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.doc.exceptions).toEqual([{
      id: 'exc_t1', code: finding.code, subject: { tableId: finding.tableId, columnIds: finding.columnIds, objectId: null },
      justification, evidence: 'Seq Scan on orders', createdAt: '2026-01-01T00:00:00.000Z', author: null,
    }]);
    const after = analyzeDiagram(applied.value.doc, { only: ['normalization'] });
    const same = after.findings.find((f) => findingKey(f) === findingKey(finding))!;
    expect(same).toMatchObject({ accepted: true, justification, exceptionId: 'exc_t1' });
    expect(after.summary.accepted).toBe(1);

    const withdrawn = applyCommand(applied.value.doc, withdrawAcceptanceCommand(applied.value.doc, 'exc_t1'));
    if (!withdrawn.ok) throw new Error(withdrawn.error.message);
    expect(withdrawn.value.doc).toEqual(doc);
  });
});

describe('the server check while editing', () => {
  afterEach(() => vi.useRealTimers());

  const report = (errors: number): AnalysisReport => ({
    findings: [],
    summary: { errors, warnings: 0, infos: 0, accepted: 0, total: errors, byCategory: { normalization: errors, index: 0, partitioning: 0, types: 0, roles: 0 }, tablesWithFindings: 0, hasErrors: errors > 0 },
  });

  it('checks at once, then once per burst of edits after the debounce, and shows running meanwhile', async () => {
    vi.useFakeTimers();
    const store = createAnalysisStore();
    const asked: string[] = [];
    const run: RunCheck = async (doc) => { asked.push(doc.name); return ok(report(asked.length)); };
    let listener: (doc: DiagramDocument) => void = () => {};
    const stop = watchDocument(store, (l) => { listener = l; return () => {}; }, { ...ordersWithCustomerEmail(false), name: 'v0' }, run, 600);
    expect(store.getState().running).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual(['v0']);
    expect(store.getState()).toMatchObject({ running: false, report: report(1), openByTable: {} });

    const base = ordersWithCustomerEmail(false);
    listener({ ...base, name: 'v1' });
    await vi.advanceTimersByTimeAsync(300);
    listener({ ...base, name: 'v2' });
    expect(store.getState().running).toBe(true);
    await vi.advanceTimersByTimeAsync(599);
    expect(asked).toEqual(['v0']);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['v0', 'v2']);
    expect(store.getState()).toMatchObject({ running: false, report: report(2) });
    stop();
  });

  it('ignores an answer that arrives after a newer edit, and aborts the older request', async () => {
    vi.useFakeTimers();
    const store = createAnalysisStore();
    const pending: { name: string; signal: AbortSignal; resolve: () => void }[] = [];
    const run: RunCheck = (doc, signal) => new Promise((resolve) => {
      pending.push({ name: doc.name, signal, resolve: () => resolve(ok(report(doc.name === 'new' ? 2 : 1))) });
    });
    let listener: (doc: DiagramDocument) => void = () => {};
    const base = ordersWithCustomerEmail(false);
    const stop = watchDocument(store, (l) => { listener = l; return () => {}; }, { ...base, name: 'old' }, run, 600);
    await vi.advanceTimersByTimeAsync(0);
    listener({ ...base, name: 'new' });
    await vi.advanceTimersByTimeAsync(600);
    expect(pending.map((p) => p.name)).toEqual(['old', 'new']);
    expect(pending[0]!.signal.aborted).toBe(true);
    pending[1]!.resolve();
    pending[0]!.resolve(); // late answer for the old document
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ running: false, report: report(2) });
    stop();
  });

  it('counts open findings per table for the node badges', async () => {
    vi.useFakeTimers();
    const store = createAnalysisStore();
    const doc = ordersWithCustomerEmail(true);
    const real = analyzeDiagram(doc);
    const stop = watchDocument(store, () => () => {}, doc, async () => ok(real), 600);
    await vi.advanceTimersByTimeAsync(0);
    const orders = real.findings.filter((f) => f.tableName === 'orders' && !f.accepted).length;
    expect(orders).toBeGreaterThan(0);
    expect(store.getState().openByTable['tbl_orders']).toBe(orders);
    stop();
  });
});
