import { describe, expect, it } from 'vitest';
import type { AnalysisResponse, DiagramAnalysisResponse, DiagramDetail, FixPreviewResponse } from '../../lib/api/dto';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import * as analyzeRoute from '../../app/api/analyze/route';
import * as analysisRoute from '../../app/api/diagrams/[id]/analysis/route';
import * as collection from '../../app/api/diagrams/route';
import * as diagramRoute from '../../app/api/diagrams/[id]/route';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { bigNormalizationDiagram } from '../support/big-normalization-diagram';
import { shopDiagram } from './fixtures';

useTemporaryStorage();

const analyze = (body: unknown) => call<AnalysisResponse>(analyzeRoute.POST, request('POST', '/api/analyze', { body }));

async function createDiagram(document: unknown): Promise<string> {
  const created = await call<{ diagram: DiagramDetail }>(collection.POST, request('POST', '/api/diagrams', { body: { document } }));
  expect(created.status).toBe(201);
  return created.body.diagram.id;
}

const getAnalysis = (id: string, query = '') =>
  call<DiagramAnalysisResponse>(analysisRoute.GET, request('GET', `/api/diagrams/${id}/analysis${query}`), { id });
const previewFix = (id: string, body: unknown) =>
  call<FixPreviewResponse>(analysisRoute.POST, request('POST', `/api/diagrams/${id}/analysis`, { body }), { id });

describe('POST /api/analyze', () => {
  it('is dynamic and runs on Node.js', () => {
    for (const route of [analyzeRoute, analysisRoute]) expect([route.dynamic, route.runtime]).toEqual(['force-dynamic', 'nodejs']);
  });

  it('analyzes a document it is sent, without storing it', async () => {
    const clean = await analyze({ document: ecommerceTemplate() });
    expect(clean.status).toBe(200);
    expect(clean.body.analysis).toMatchObject({ findings: [], summary: { errors: 0, hasErrors: false } });

    const answer = await analyze({ document: shopDiagram({ declared: true }), options: { only: ['normalization'] } });
    expect(answer.status).toBe(200);
    expect(answer.body.analysis.summary).toMatchObject({ errors: 1, hasErrors: true });
    expect(answer.body.analysis.findings[0]).toMatchObject({
      code: 'NF3_TRANSITIVE_DEPENDENCY', category: 'normalization', tableName: 'orders', normalForm: '3NF',
      dependency: { determinant: { columnNames: ['customer_id'] }, dependent: { columnNames: ['customer_email'] } },
    });
  });

  it('analyzes a 300-table, 3,000-column document', async () => {
    const document = bigNormalizationDiagram(300, 10);
    const answer = await analyze({ document, options: { advisor: { today: '2026-01-01' } } });
    expect(answer.status).toBe(200);
    const { findings, summary } = answer.body.analysis;
    expect(findings.length).toBe(summary.total);
    expect(summary.errors).toBeGreaterThan(100);
    expect(new Set(findings.map((f) => f.tableId)).size).toBe(summary.tablesWithFindings);
    // Sorted by the document's table order.
    const order = new Map(document.tables.map((t, i) => [t.id, i]));
    const ranks = findings.map((f) => order.get(f.tableId)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('answers a wrong body with 400 and the path of each problem', async () => {
    const missing = await analyze({ options: {} });
    expect(missing.status).toBe(400);
    expect(apiError(missing)).toMatchObject({ code: 'invalid_request', problems: [{ path: 'document' }] });

    const badOptions = await analyze({ document: ecommerceTemplate(), options: { only: ['speed'], keyLimit: 0 } });
    expect(badOptions.status).toBe(400);
    expect(apiError(badOptions).problems?.map((p) => p.path).sort()).toEqual(['options.keyLimit', 'options.only[0]']);

    const unknown = await analyze({ document: ecommerceTemplate(), fix: {} });
    expect(apiError(unknown).problems).toEqual([{ path: 'fix', message: expect.stringContaining('unknown field "fix"') }]);

    const notJson = await call(analyzeRoute.POST, request('POST', '/api/analyze', { body: '{ "document": ' }));
    expect([notJson.status, apiError(notJson).code]).toEqual([400, 'invalid_json']);
  });

  it('answers an invalid document with 422 and paths inside it', async () => {
    const document = shopDiagram();
    document.relationships[0]!.toTableId = 'tbl_missing';
    const answer = await analyze({ document });
    expect(answer.status).toBe(422);
    expect(apiError(answer)).toMatchObject({ code: 'invalid_document', problems: [expect.objectContaining({ path: 'relationships[0].toTableId' })] });
  });
});

describe('GET /api/diagrams/:id/analysis', () => {
  it('analyzes the stored document at its revision, optionally for some categories only', async () => {
    const id = await createDiagram(shopDiagram({ declared: true }));
    const answer = await getAnalysis(id);
    expect(answer.status).toBe(200);
    expect(answer.body.revision).toBe(1);
    expect(answer.body.analysis.findings.map((f) => f.code)).toEqual(['NF3_TRANSITIVE_DEPENDENCY']);
    const indexOnly = await getAnalysis(id, '?only=index,types');
    expect(indexOnly.body.analysis.findings).toEqual([]);
  });

  it('answers a bad category with 400 and an unknown diagram with 404', async () => {
    const id = await createDiagram(shopDiagram());
    const bad = await getAnalysis(id, '?only=index,speed');
    expect([bad.status, apiError(bad).problems?.[0]?.path]).toEqual([400, 'only']);
    const missing = await getAnalysis('00000000-0000-4000-8000-000000000000');
    expect([missing.status, apiError(missing).code]).toEqual([404, 'not_found']);
    expect((await getAnalysis('not-a-uuid')).status).toBe(404);
  });
});

describe('POST /api/diagrams/:id/analysis', () => {
  it('previews a fix with its migration and the analysis afterwards, without saving', async () => {
    const id = await createDiagram(shopDiagram({ declared: true }));
    const { fix } = (await getAnalysis(id)).body.analysis.findings[0]!;
    const answer = await previewFix(id, { fix, baseRevision: 1 });
    expect(answer.status).toBe(200);
    const { revision, preview } = answer.body;
    expect(revision).toBe(1);
    expect(preview.change).toMatchObject({ kind: 'decompose', movedColumns: [{ name: 'customer_email' }] });
    expect(preview.document.tables).toHaveLength(3);
    expect(preview.statements.map((s) => s.sql).join('\n')).toContain('CREATE TABLE');
    // The schema diff alone loses the moved values: its DROP COLUMN says so, and `change` carries what a data-moving migration needs.
    const drop = preview.statements.find((s) => /DROP COLUMN "customer_email"/.test(s.sql));
    expect(drop?.hazards).toContain('DELETES_DATA');
    expect(preview.analysis.summary.errors).toBe(0);

    const stored = await call<{ diagram: DiagramDetail }>(diagramRoute.GET, request('GET', `/api/diagrams/${id}`), { id });
    expect(stored.body.diagram.revision).toBe(1);
    expect(stored.body.diagram.document.tables.find((t) => t.name === 'orders')!.columns.map((c) => c.name)).toContain('customer_email');
  });

  it('refuses a stale base revision, a fix that does not fit, and a malformed fix', async () => {
    const id = await createDiagram(shopDiagram({ declared: true }));
    const { fix } = (await getAnalysis(id)).body.analysis.findings[0]!;

    const stale = await previewFix(id, { fix, baseRevision: 7 });
    expect([stale.status, apiError(stale).code, apiError(stale).currentRevision]).toEqual([409, 'stale_revision', 1]);

    const elsewhere = await previewFix(id, { fix: { ...fix, tableId: 'tbl_nowhere' } });
    expect([elsewhere.status, apiError(elsewhere).problems?.[0]?.path]).toEqual([400, 'fix']);
    expect(apiError(elsewhere).message).toContain('tbl_nowhere');

    const malformed = await previewFix(id, { fix: { kind: 'decompose', tableId: 'tbl_orders', determinant: [], dependent: ['x'] } });
    expect(malformed.status).toBe(400);
    expect(apiError(malformed).problems?.map((p) => p.path).sort()).toEqual(['fix.determinant', 'fix.newTableName']);

    const noFix = await previewFix(id, {});
    expect(apiError(noFix).problems?.[0]?.path).toBe('fix');
  });
});
