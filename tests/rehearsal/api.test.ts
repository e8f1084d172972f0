import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RehearsalStreamLine } from '../../lib/api/dto';
import type { DiagramDocument } from '../../lib/model/document';
import { createVersion, updateDiagram } from '../../lib/server/diagrams';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import * as rehearsal from '../../app/api/diagrams/[id]/rehearsal/route';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { api } from '../connections/support/live-api';
import { scratchDatabase, type ScratchDatabase } from '../live/support/server';
import { SERVER_URL, serverUnavailableReason } from '../support/databases';

useTemporaryStorage();

/** The e-commerce template without secondary indexes: "orders of a user, newest first" then has only a seq scan. */
function shopWithoutIndexes(): DiagramDocument {
  const doc = ecommerceTemplate();
  for (const table of doc.tables) table.indexes = [];
  return doc;
}

interface Streamed {
  status: number;
  contentType: string | null;
  lines: RehearsalStreamLine[];
  text: string;
}

async function rehearse(diagramId: string, body: unknown): Promise<Streamed> {
  const response = await rehearsal.POST(request('POST', `/api/diagrams/${diagramId}/rehearsal`, { body }), { params: Promise.resolve({ id: diagramId }) });
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  const lines = contentType?.startsWith('application/x-ndjson') ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as RehearsalStreamLine) : [];
  return { status: response.status, contentType, lines, text };
}

const resultOf = (s: Streamed) => {
  const last = s.lines.at(-1);
  if (last?.type !== 'result') throw new Error(`no result line in: ${s.text.slice(0, 500)}`);
  return last;
};

describe('POST /api/diagrams/:id/rehearsal', () => {
  let id = '';
  beforeAll(async () => {
    id = (await api.createDiagram(shopWithoutIndexes())).body.diagram.id;
  });

  it('refuses a bad body, an unknown diagram, version or connection before starting', async () => {
    const bad = await call(rehearsal.POST, request('POST', `/api/diagrams/${id}/rehearsal`, { body: { scale: -1, extra: true } }), { id });
    expect(bad.status).toBe(400);
    expect(apiError(bad).problems?.map((p) => p.path).sort()).toEqual(['extra', 'scale']);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(rehearsal.POST, request('POST', `/api/diagrams/${unknown}/rehearsal`, { body: {} }), { id: unknown })).status).toBe(404);
    const noVersion = await call(rehearsal.POST, request('POST', `/api/diagrams/${id}/rehearsal`, { body: { fromVersion: 9 } }), { id });
    expect(apiError(noVersion)).toMatchObject({ code: 'not_found', message: expect.stringContaining('fromVersion') });
    const noConnection = await call(rehearsal.POST, request('POST', `/api/diagrams/${id}/rehearsal`, { body: { target: unknown } }), { id });
    expect(apiError(noConnection).code).toBe('not_found');
  });

  it('streams load and EXPLAIN progress on the sandbox, then the report with the seq scan, the proposal and the plan after', async () => {
    const run = await rehearse(id, { target: 'sandbox', scale: 0.02, seed: 3, applyProposals: true });
    expect(run.status).toBe(200);
    expect(run.contentType).toMatch(/ndjson/);
    const kinds = new Set(run.lines.flatMap((l) => (l.type === 'event' ? [l.event.kind] : [])));
    for (const kind of ['target', 'schema', 'load', 'analyze', 'explain', 'proposal_applied']) expect(kinds, kind).toContain(kind);
    const result = resultOf(run);
    if (!result.ok) throw new Error(result.error.message);
    const report = result.report;
    expect(report.scale).toBe(0.02);
    expect(report.seed).toBe(3);
    expect(report.tables.find((t) => t.table === 'orders')!.rows).toBe(20_000);
    expect(report.migration).toBeNull();
    const pattern = report.patterns.find((p) => p.pattern === 'orders of a user, newest first')!;
    expect(pattern.seqScanOnLargeTable).toBe(true);
    expect(pattern.before!.nodeTypes).toContain('Seq Scan');
    expect(pattern.proposal).toMatchObject({ indexName: 'orders_user_id_created_at_idx', fix: { kind: 'add_index' } });
    expect(pattern.after!.indexes).toEqual(['orders_user_id_created_at_idx']);
    expect(pattern.after!.nodeTypes).not.toContain('Seq Scan');
  }, 120_000);

  it('with fromVersion, loads that version and times the migration to the diagram now', async () => {
    const version = await createVersion(id, 'before tracking');
    if (!version.ok) throw new Error(version.error.message);
    const next = structuredClone(version.value.document);
    next.tables.find((t) => t.name === 'orders')!.columns.push({
      id: 'col_tracking', name: 'tracking_number', type: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 }, nullable: true,
      default: null, identity: null, generated: null, collation: null, comment: '', snapshotOf: null,
    });
    const saved = await updateDiagram(id, { baseRevision: version.value.revision, document: next });
    if (!saved.ok) throw new Error(saved.error.message);
    const run = await rehearse(id, { fromVersion: version.value.version, scale: 0.001 });
    const result = resultOf(run);
    if (!result.ok) throw new Error(result.error.message);
    expect(run.lines.some((l) => l.type === 'event' && l.event.kind === 'migration' && l.event.event.kind === 'statement')).toBe(true);
    const statements = result.report.migration!.steps.flatMap((s) => s.statements.map((x) => x.sql));
    expect(statements.join('\n')).toMatch(/ADD COLUMN "tracking_number"/);
  }, 120_000);
});

describe('rehearsal on a saved connection (PostgreSQL 15 server)', () => {
  const PASSWORD = 'Rh-S3cret/pa:ss@word';
  let reason: string | null = null;
  let db: ScratchDatabase | null = null;
  beforeAll(async () => {
    reason = await serverUnavailableReason();
    if (!reason) db = await scratchDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function rehearsalDatabases(): Promise<string[]> {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    try {
      return (await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'tablecraft_rehearsal_%'")).rows.map((r) => r.datname);
    } finally {
      await admin.end();
    }
  }

  it('runs in a scratch database that is dropped afterwards, leaves the connection\'s database alone, and never shows the password', async (ctx) => {
    if (reason) ctx.skip(reason);
    const url = new URL(db!.url);
    url.password = PASSWORD;
    url.searchParams.set('sslmode', 'disable');
    const connection = (await api.createConnection({ name: 'Server 15', url: url.toString() })).body.connection;
    const diagram = (await api.createDiagram(shopWithoutIndexes())).body.diagram;
    const before = await rehearsalDatabases();

    const run = await rehearse(diagram.id, { target: connection.id, scale: 0.001 });
    const result = resultOf(run);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.target.where).toMatch(/tablecraft_rehearsal_/);
    expect(result.report.target.server).toMatch(/^15/);
    expect(run.text.includes(PASSWORD)).toBe(false);
    expect(run.text.includes(encodeURIComponent(PASSWORD))).toBe(false);
    expect(await rehearsalDatabases()).toEqual(before);

    const client = new pg.Client({ connectionString: db!.url });
    await client.connect();
    try {
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0]).toEqual({ n: 0 });
    } finally {
      await client.end();
    }
  }, 120_000);
});
