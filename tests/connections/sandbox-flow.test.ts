import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiagramDocument } from '../../lib/model/document';
import { aColumn, aDocument, aTable, anIdColumn } from '../../lib/model/testing';
import { updateDiagram } from '../../lib/server/diagrams';
import { closeSandbox, sandboxUrl } from '../../lib/server/sandbox/sandbox';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { api, routes } from './support/live-api';

useTemporaryStorage();
afterAll(() => closeSandbox());

const name = aColumn({ name: 'name', nullable: true });
const items = aTable({ name: 'items', columns: [anIdColumn(), name] });
const v1 = aDocument({ name: 'Shop', tables: [items] });

async function save(id: string, revision: number, doc: DiagramDocument): Promise<number> {
  const updated = await updateDiagram(id, { baseRevision: revision, document: doc });
  if (!updated.ok) throw new Error(updated.error.message);
  return updated.value.revision;
}

async function sandboxQuery(sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: await sandboxUrl() });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('plan → dry run → apply → history → rollback on the sandbox', () => {
  let id = '';
  let revision = 1;

  it('reports the sandbox, stopped until first use', async () => {
    const answer = await call<{ sandbox: { state: string; location: string } }>(routes.sandbox.GET, request('GET', '/api/sandbox'));
    expect(answer.body.sandbox).toMatchObject({ state: 'stopped', location: expect.stringContaining('sandbox') });
  });

  it('plans the first apply from the live (empty) database', async () => {
    id = (await api.createDiagram(v1)).body.diagram.id;
    const plan = (await api.plan(id, 'sandbox')).body.plan;
    expect(plan).toMatchObject({ target: 'sandbox', database: 'postgres', appliedVersion: 0, baseline: 'live', dataLoss: [] });
    expect(plan.migrations[0]!.up).toContain('CREATE TABLE');
    expect(plan.migrations[0]!.statements.length).toBeGreaterThan(0);
  });

  it('dry-runs without changing anything, streaming each statement', async () => {
    const run = await api.apply(id, 'sandbox', { dryRun: true });
    expect(run.contentType).toMatch(/ndjson/);
    expect(run.result).toMatchObject({ ok: true, report: { dryRun: true } });
    expect(run.lines.some((l) => l.type === 'event' && l.event.kind === 'statement' && l.event.status === 'done')).toBe(true);
    expect(await sandboxQuery("SELECT to_regclass('public.items') AS t")).toEqual([{ t: null }]);
    expect((await api.history(id, 'sandbox')).body.history.entries).toEqual([]);
  });

  it('applies the reviewed plan and records it in the history', async () => {
    const plan = (await api.plan(id, 'sandbox')).body.plan;
    const run = await api.apply(id, 'sandbox', { planId: plan.planId });
    expect(run.result).toMatchObject({ ok: true, report: { direction: 'up', dryRun: false } });
    const statements = run.lines.filter((l) => l.type === 'event' && l.event.kind === 'statement' && l.event.status === 'done');
    expect(statements.length).toBeGreaterThan(0);
    const history = (await api.history(id, 'sandbox')).body.history;
    expect(history.entries).toMatchObject([{ version: 1, success: true }]);
    expect(history.entries[0]!.checksum).toBe(plan.migrations[0]!.checksum);
    expect((await api.plan(id, 'sandbox')).body.plan).toMatchObject({ appliedVersion: 1, migrations: [], baseline: 'applied' });
  });

  it('refuses a plan that changed since it was shown', async () => {
    const stale = (await api.plan(id, 'sandbox')).body.plan.planId;
    revision = await save(id, revision, { ...v1, tables: [{ ...items, columns: [items.columns[0]!] }, aTable({ name: 'tags' })] });
    const run = await api.apply(id, 'sandbox', { planId: stale });
    expect(run.status).toBe(409);
    expect(run.errorBody).toMatchObject({ error: { code: 'plan_changed' } });
  });

  it('needs the database name typed when a step destroys data, then backs up and applies', async () => {
    await sandboxQuery("INSERT INTO items (name) VALUES ('kept in the backup')");
    const plan = (await api.plan(id, 'sandbox')).body.plan;
    expect(plan.appliedVersion).toBe(1);
    expect(plan.dataLoss.join(' ')).toMatch(/name/);
    const refused = await api.apply(id, 'sandbox', { planId: plan.planId });
    expect(refused.result).toMatchObject({ ok: false, error: { kind: 'needs_confirmation', confirmWith: 'postgres' } });
    expect(await sandboxQuery("SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'name'")).toEqual([{ n: 1 }]);
    const run = await api.apply(id, 'sandbox', { planId: plan.planId, confirm: 'postgres' });
    expect(run.result).toMatchObject({ ok: true });
    expect(run.lines.some((l) => l.type === 'event' && l.event.kind === 'backup')).toBe(true);
    const entries = (await api.history(id, 'sandbox')).body.history.entries;
    expect(entries.filter((e) => e.success).map((e) => e.version)).toEqual([1, ...plan.migrations.map((m) => m.version)]);
    expect(entries.some((e) => e.backup?.startsWith('tablecraft_backup_'))).toBe(true);
  });

  it('shows drift against a database changed behind its back, and introspects it into a new diagram', async () => {
    expect((await api.drift(id, 'sandbox')).body.drift.inSync).toBe(true);
    await sandboxQuery('CREATE TABLE extra (id int)');
    const drift = (await api.drift(id, 'sandbox')).body.drift;
    expect(drift.inSync).toBe(false);
    expect(drift.statements.map((s) => s.sql).join('\n')).toMatch(/DROP TABLE.*extra/);
    const introspected = await api.introspect('sandbox', 'From the sandbox');
    expect(introspected.status).toBe(201);
    expect(introspected.body.diagram.name).toBe('From the sandbox');
    expect(introspected.body.diagram.document.tables.map((t) => t.name).sort()).toEqual(['extra', 'items', 'tags']);
    await sandboxQuery('DROP TABLE extra');
  });

  it('reports a failing statement with the PostgreSQL error and its position, and keeps the history truthful', async () => {
    const before = (await api.history(id, 'sandbox')).body.history.entries.filter((e) => e.success).length;
    // Two equal values, then a unique constraint on them.
    const current = (await call<{ diagram: { document: DiagramDocument; revision: number } }>((await import('../../app/api/diagrams/[id]/route')).GET, request('GET', `/api/diagrams/${id}`), { id })).body.diagram;
    const tags = current.document.tables.find((t) => t.name === 'tags')!;
    const label = aColumn({ name: 'label', nullable: true });
    revision = await save(id, current.revision, { ...current.document, tables: current.document.tables.map((t) => (t.id === tags.id ? { ...t, columns: [...t.columns, label] } : t)) });
    const added = (await api.plan(id, 'sandbox')).body.plan;
    expect((await api.apply(id, 'sandbox', { planId: added.planId })).result).toMatchObject({ ok: true });
    await sandboxQuery("INSERT INTO tags (label) VALUES ('dup'), ('dup')");
    const withLabel = (await call<{ diagram: { document: DiagramDocument; revision: number } }>((await import('../../app/api/diagrams/[id]/route')).GET, request('GET', `/api/diagrams/${id}`), { id })).body.diagram;
    revision = await save(id, withLabel.revision, {
      ...withLabel.document,
      tables: withLabel.document.tables.map((t) => (t.id === tags.id ? { ...t, uniques: [{ id: 'unq_tags_label', name: 'tags_label_key', columnIds: [label.id], nullsNotDistinct: false }] } : t)),
    });
    const plan = (await api.plan(id, 'sandbox')).body.plan;
    const run = await api.apply(id, 'sandbox', { planId: plan.planId });
    expect(run.result).toMatchObject({ ok: false, error: { kind: 'migration_failed', database: { code: '23505' } } });
    const failure = run.result?.ok === false ? run.result.error : null;
    expect(failure?.statement?.sql).toMatch(/tags_label_key|UNIQUE/i);
    expect(failure?.statement?.line).toBeGreaterThan(0);
    expect(run.lines.some((l) => l.type === 'event' && l.event.kind === 'statement' && l.event.status === 'failed')).toBe(true);
    const entries = (await api.history(id, 'sandbox')).body.history.entries;
    expect(entries.filter((e) => e.success).length).toBe(before + added.migrations.length);
    await sandboxQuery("DELETE FROM tags WHERE label = 'dup'");
  });

  it('rolls back to version 1 with the same checks, and plans forward again', async () => {
    const refused = await api.rollback(id, 'sandbox', { toVersion: 1 });
    expect(refused.result).toMatchObject({ ok: false, error: { kind: 'needs_confirmation' } });
    const run = await api.rollback(id, 'sandbox', { toVersion: 1, confirm: 'postgres' });
    expect(run.result).toMatchObject({ ok: true, report: { direction: 'down' } });
    const entries = (await api.history(id, 'sandbox')).body.history.entries;
    expect(entries.filter((e) => e.success).map((e) => e.version)).toEqual([1]);
    expect(await sandboxQuery("SELECT to_regclass('public.tags') AS t")).toEqual([{ t: null }]);
    const plan = (await api.plan(id, 'sandbox')).body.plan;
    expect(plan).toMatchObject({ appliedVersion: 1, baseline: 'applied' });
    expect(plan.migrations.length).toBeGreaterThan(0);
  });

  it('refuses bad requests with the standard error shape', async () => {
    expect(apiError(await api.rollback(id, 'sandbox', { toVersion: -1 }).then((r) => ({ status: r.status, headers: new Headers(), body: r.errorBody })))).toMatchObject({ code: 'invalid_request' });
    const unknownTarget = await api.plan(id, 'nowhere');
    expect(unknownTarget.status).toBe(404);
    const unknownConnection = await api.plan(id, '00000000-0000-4000-8000-000000000000');
    expect(apiError(unknownConnection)).toMatchObject({ code: 'not_found' });
    const reset = await call(routes.reset.POST, request('POST', '/api/sandbox/reset', { body: {} }));
    expect(apiError(reset).code).toBe('invalid_request');
  });

  it('resets the sandbox: empty again, and the plan starts from scratch', async () => {
    const reset = await call<{ sandbox: { state: string } }>(routes.reset.POST, request('POST', '/api/sandbox/reset', { body: { confirm: 'sandbox' } }));
    expect(reset.body.sandbox.state).toBe('running');
    expect(await sandboxQuery("SELECT to_regclass('public.items') AS t")).toEqual([{ t: null }]);
    expect((await api.plan(id, 'sandbox')).body.plan).toMatchObject({ appliedVersion: 0, baseline: 'live' });
  });
});
