import { describe, expect, it } from 'vitest';
import {
  AnalysisFixSchema, analyzeDiagram, failsAt, formatTextReport, previewAnalysisFix, summarize, type AnalysisFinding,
} from '../../lib/analysis';
import { DiagramBuilder } from '../../lib/model';
import { TEMPLATES } from '../../lib/templates';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { bigAdvisorDiagram } from '../support/big-advisor-diagram';
import { JUSTIFICATION, shopDiagram } from './fixtures';

const advisor = { today: '2026-01-01' };

/** A diagram with something for every engine: a declared 3NF violation, a repeating group, and a pattern no index serves. */
function mixedDiagram() {
  const b = new DiagramBuilder('Mixed', { readableIds: true });
  b.table('people', (t) => t.column('id', 'bigint', { identity: 'always' }).column('zip', 'text').column('city', 'text')
    .column('phone1', 'text').column('phone2', 'text').column('phone3', 'text').column('created', 'timestamp')
    .primaryKey('id').dependency(['zip'], ['city'])
    .accessPattern({ name: 'by city', filters: [{ column: 'city', operator: 'eq' }], frequency: { count: 50, per: 'second' } }));
  b.table('audit', (t) => t.column('id', 'bigint', { identity: 'always' }).column('note', 'text').primaryKey('id'));
  return b.build();
}

describe('analyzeDiagram', () => {
  it('finds nothing on the e-commerce template', () => {
    const report = analyzeDiagram(ecommerceTemplate(), { advisor });
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0, accepted: 0, hasErrors: false });
  });

  it('merges both engines into one shape with names beside ids', () => {
    const report = analyzeDiagram(mixedDiagram(), { advisor });
    const codes = report.findings.map((f) => `${f.category}:${f.code}`);
    expect(codes).toEqual(expect.arrayContaining([
      'normalization:NF3_TRANSITIVE_DEPENDENCY', 'normalization:NF1_REPEATING_GROUP', 'index:INDEX_FOR_PATTERN', 'types:TYPE_TIMESTAMP_WITHOUT_TZ',
    ]));
    const nf3 = report.findings.find((f) => f.code === 'NF3_TRANSITIVE_DEPENDENCY')!;
    expect(nf3).toMatchObject({
      severity: 'error', tableId: 'tbl_people', tableName: 'people', normalForm: '3NF', inferred: false,
      dependency: { determinant: { columnIds: ['col_people_zip'], columnNames: ['zip'] }, dependent: { columnIds: ['col_people_city'], columnNames: ['city'] } },
      fix: { kind: 'decompose' }, accepted: false,
    });
    const index = report.findings.find((f) => f.code === 'INDEX_FOR_PATTERN')!;
    expect(index.columnNames).toEqual(['city']);
    expect(index.patternIds).toHaveLength(1);
    // Every finding carries every field, so the JSON shape is the same whichever engine spoke.
    const keys = Object.keys(nf3).sort();
    for (const f of report.findings) expect(Object.keys(f).sort()).toEqual(keys);
  });

  it('sorts by table in document order, then severity, and counts per severity and category', () => {
    const report = analyzeDiagram(mixedDiagram(), { advisor });
    const severities = report.findings.map((f) => f.severity);
    expect(severities[0]).toBe('error');
    expect(report.findings.every((f) => f.tableId === 'tbl_people')).toBe(true);
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < severities.length; i++) expect(rank[severities[i]!]).toBeGreaterThanOrEqual(rank[severities[i - 1]!]);
    const { summary } = report;
    expect(summary.errors + summary.warnings + summary.infos).toBe(report.findings.length);
    expect(summary.byCategory.normalization).toBe(report.findings.filter((f) => f.category === 'normalization').length);
    expect(summary.byCategory.index + summary.byCategory.types).toBe(report.findings.filter((f) => f.category !== 'normalization').length);
    expect(summary.tablesWithFindings).toBe(1);
  });

  it('reports only the categories asked for', () => {
    const onlyNormalization = analyzeDiagram(mixedDiagram(), { only: ['normalization'], advisor });
    expect(new Set(onlyNormalization.findings.map((f) => f.category))).toEqual(new Set(['normalization']));
    const onlyTypes = analyzeDiagram(mixedDiagram(), { only: ['types'], advisor });
    expect(onlyTypes.findings.map((f) => f.code)).toEqual(['TYPE_TIMESTAMP_WITHOUT_TZ']);
  });

  it('keeps an accepted finding in the list with its justification, but not in the counts', () => {
    const open = analyzeDiagram(shopDiagram({ declared: true }), { advisor });
    expect(open.summary).toMatchObject({ errors: 1, accepted: 0, hasErrors: true });
    const accepted = analyzeDiagram(shopDiagram({ declared: true, accepted: true }), { advisor });
    expect(accepted.findings).toHaveLength(1);
    expect(accepted.findings[0]).toMatchObject({ code: 'NF3_TRANSITIVE_DEPENDENCY', accepted: true, justification: JUSTIFICATION, exceptionId: 'exc_customer_email' });
    expect(accepted.summary).toMatchObject({ errors: 0, accepted: 1, total: 1, hasErrors: false, tablesWithFindings: 0 });
  });

  it('reports a copied column as a suggestion (a warning), which fails only with --fail-on warning', () => {
    const report = analyzeDiagram(shopDiagram(), { advisor });
    expect(report.findings.map((f) => [f.code, f.severity, f.inferred])).toEqual([['SUGGESTED_COPIED_ATTRIBUTE', 'warning', true]]);
    expect(report.findings[0]!.confidence).toBeGreaterThan(0);
    expect(failsAt(report.summary, 'error')).toBe(false);
    expect(failsAt(report.summary, 'warning')).toBe(true);
  });
});

describe('summarize', () => {
  it('does not let accepted errors set hasErrors', () => {
    const base = analyzeDiagram(shopDiagram({ declared: true }), { advisor }).findings[0]!;
    const accepted: AnalysisFinding = { ...base, accepted: true };
    expect(summarize([accepted])).toMatchObject({ errors: 0, accepted: 1, hasErrors: false });
    expect(summarize([accepted, base])).toMatchObject({ errors: 1, accepted: 1, hasErrors: true });
  });
});

describe('formatTextReport', () => {
  it('prints a line per finding grouped by table, the dependency and normal form, and the counts', () => {
    const text = formatTextReport(analyzeDiagram(shopDiagram({ declared: true }), { advisor }), { tableCount: 2 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('orders');
    expect(lines[1]).toMatch(/^ {2}orders\.customer_email {2}error {2}NF3_TRANSITIVE_DEPENDENCY {2}In "orders", customer_email depends on customer_id/);
    expect(lines[2]).toBe('      customer_id → customer_email  (breaks 3NF)');
    expect(text.endsWith('2 tables checked: 1 error, 0 warnings, 0 infos in 1 table.\n')).toBe(true);
  });

  it('shows an accepted finding as justified and says nothing is open', () => {
    const text = formatTextReport(analyzeDiagram(shopDiagram({ declared: true, accepted: true }), { advisor }), { tableCount: 2 });
    expect(text).toContain('  orders.customer_email  accepted  NF3_TRANSITIVE_DEPENDENCY  ');
    expect(text).toContain(`      justified: ${JUSTIFICATION}\n`);
    expect(text.endsWith('2 tables checked: no problems found; 1 accepted (not counted).\n')).toBe(true);
  });

  it('explains a suggestion with its confidence and reason', () => {
    const text = formatTextReport(analyzeDiagram(shopDiagram(), { advisor }));
    expect(text).toMatch(/\n {6}suggestion \(confidence 0\.\d\d\): customer_email is named after customer_id/);
    expect(text.endsWith('0 errors, 1 warning, 0 infos in 1 table.\n')).toBe(true);
  });
});

describe('AnalysisFixSchema', () => {
  it('accepts every fix the engines propose on the templates and on a large diagram', () => {
    const docs = [...TEMPLATES.map((t) => t.build()), mixedDiagram(), shopDiagram(), shopDiagram({ declared: true }), bigAdvisorDiagram(40)];
    const fixes = docs.flatMap((doc) => analyzeDiagram(doc, { advisor }).findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    expect(new Set(fixes.map((f) => f.kind)).size).toBeGreaterThanOrEqual(4);
    for (const fix of fixes) {
      const parsed = AnalysisFixSchema.safeParse(JSON.parse(JSON.stringify(fix)));
      expect(parsed.success, `${fix.kind}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('refuses an unknown kind and a fix without its table', () => {
    expect(AnalysisFixSchema.safeParse({ kind: 'drop_everything', tableId: 'tbl_a' }).success).toBe(false);
    expect(AnalysisFixSchema.safeParse({ kind: 'decompose', determinant: ['a'], dependent: ['b'], newTableName: 'x' }).success).toBe(false);
  });
});

describe('previewAnalysisFix', () => {
  it('previews a normalization fix: the new table, the moved columns and the migration', () => {
    const doc = shopDiagram({ declared: true });
    const fix = analyzeDiagram(doc, { advisor }).findings[0]!.fix!;
    const preview = previewAnalysisFix(doc, fix);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.change).toMatchObject({ kind: 'decompose', movedColumns: [{ name: 'customer_email' }] });
    const sql = preview.value.statements.map((s) => s.sql).join('\n');
    expect(sql).toMatch(/CREATE TABLE/);
    expect(sql).toMatch(/DROP COLUMN "?customer_email"?/);
    expect(doc.tables.find((t) => t.name === 'orders')!.columns.map((c) => c.name)).toContain('customer_email');
    expect(analyzeDiagram(preview.value.document, { advisor }).summary.errors).toBe(0);
  });

  it('previews an advisor fix as CREATE INDEX', () => {
    const doc = mixedDiagram();
    const fix = analyzeDiagram(doc, { advisor }).findings.find((f) => f.code === 'INDEX_FOR_PATTERN')!.fix!;
    const preview = previewAnalysisFix(doc, fix);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.change).toBeNull();
    expect(preview.value.statements.map((s) => s.sql).join('\n')).toMatch(/CREATE INDEX .*\("city"\)|CREATE INDEX .*city/);
  });

  it('says when the fix points at something the diagram no longer has', () => {
    const doc = shopDiagram({ declared: true });
    const fix = analyzeDiagram(doc, { advisor }).findings[0]!.fix!;
    const gone = { ...doc, tables: doc.tables.filter((t) => t.name !== 'orders'), relationships: [] };
    const preview = previewAnalysisFix(gone, fix);
    expect(preview.ok ? null : preview.error.kind).toBe('not_applicable');
  });
});

describe('a table without a key', () => {
  it('is reported once, by the advisor (which carries the fix), not also as NO_KEY', () => {
    const b = new DiagramBuilder('log', { readableIds: true });
    b.table('log', (t) => t.column('at', 'timestamptz').column('message', 'text'));
    const codes = analyzeDiagram(b.build()).findings.map((f) => f.code);
    expect(codes).toContain('TABLE_WITHOUT_PRIMARY_KEY');
    expect(codes).not.toContain('NO_KEY');
    expect(analyzeDiagram(b.build(), { only: ['normalization'] }).findings.map((f) => f.code)).toEqual(['NO_KEY']);
  });
});
