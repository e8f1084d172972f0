import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aDocument, aTable } from '../../lib/model/testing';
import { migrateAppSchema } from '../../lib/server/db/app-migrations';
import { createPrismaClient, type Database } from '../../lib/server/db/prisma';
import { createDiagramService, type DiagramService } from '../../lib/server/diagrams/service';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { describeEachBackend } from './support/backends';

function value<T>(result: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

describeEachBackend('diagram service', (database) => {
  let pool: pg.Pool;
  let db: Database;
  let diagrams: DiagramService;

  beforeAll(async () => {
    await migrateAppSchema(database().connectionString, path.join(process.cwd(), 'prisma', 'migrations'), 'the test database');
    pool = new pg.Pool({ connectionString: database().connectionString, max: 4 });
    db = createPrismaClient(pool);
    diagrams = createDiagramService(db);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
  });

  it('creates a diagram at revision 1 with version 1 "Created", and reads it back as a DTO', async () => {
    const template = ecommerceTemplate();
    const created = value(await diagrams.createDiagram(template));
    expect(created).toMatchObject({ name: 'E-commerce orders', revision: 1, tableCount: template.tables.length });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.document).toEqual(template);
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);

    expect(value(await diagrams.getDiagram(created.id))).toEqual(created);
    expect(value(await diagrams.listVersions(created.id))).toEqual([
      { version: 1, label: 'Created', revision: 1, tableCount: template.tables.length, createdAt: expect.any(String), kind: 'named', authorName: null },
    ]);
  });

  it('refuses an invalid document and stores nothing', async () => {
    const before = await db.diagram.count();
    const table = aTable({ name: 'users' });
    const result = await diagrams.createDiagram(aDocument({ tables: [table, { ...table, name: 'accounts' }] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('invalid_document');
    const version = await diagrams.createDiagram({ ...aDocument(), formatVersion: 99 });
    expect(!version.ok && version.error.kind).toBe('unsupported_version');
    const notObject = await diagrams.createDiagram('CREATE TABLE x ()');
    expect(!notObject.ok && notObject.error.kind).toBe('not_a_document');
    expect(await db.diagram.count()).toBe(before);
  });

  it('answers not_found for unknown and malformed ids, without a database error', async () => {
    for (const id of ['3f1f8f5e-4d4b-4c47-9d0b-0a4b9b6f2e11', 'not-a-uuid', "'; DROP TABLE x; --", '']) {
      const results = [
        await diagrams.getDiagram(id),
        await diagrams.updateDiagram(id, { baseRevision: 1, name: 'x' }),
        await diagrams.deleteDiagram(id),
        await diagrams.listVersions(id),
        await diagrams.createVersion(id, 'x'),
        await diagrams.getVersion(id, 1),
        await diagrams.duplicateDiagram(id),
      ];
      expect(results.map((r) => !r.ok && r.error.kind), `id ${JSON.stringify(id)}`).toEqual(Array(7).fill('not_found'));
    }
  });

  it('saves only from the current revision and reports the stored one otherwise', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Optimistic' })));
    const next = aDocument({ name: 'Optimistic', tables: [aTable({ name: 'orders' })] });
    const saved = value(await diagrams.updateDiagram(created.id, { baseRevision: 1, document: next }));
    expect(saved).toMatchObject({ revision: 2, tableCount: 1, document: next });
    expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));

    const stale = await diagrams.updateDiagram(created.id, { baseRevision: 1, document: aDocument({ name: 'Lost?' }) });
    expect(stale).toEqual({ ok: false, error: { kind: 'stale_revision', currentRevision: 2, message: expect.stringContaining('based on revision 1, but the diagram is now at revision 2') } });
    expect(value(await diagrams.getDiagram(created.id)).document).toEqual(next);
  });

  it('lets exactly one of two concurrent saves from the same revision win', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Race' })));
    const results = await Promise.all(['Alice', 'Bob'].map((who) =>
      diagrams.updateDiagram(created.id, { baseRevision: 1, document: aDocument({ name: `Race (${who})` }) })));
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => !r.ok && r.error)).toEqual([expect.objectContaining({ kind: 'stale_revision', currentRevision: 2 })]);
    const stored = value(await diagrams.getDiagram(created.id));
    expect(stored.revision).toBe(2);
    expect(winners[0]?.ok && stored.name).toBe(winners[0]?.ok ? winners[0].value.name : null);
  });

  it('lets one of many concurrent saves win and refuses the rest', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Crowd' })));
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) =>
      diagrams.updateDiagram(created.id, { baseRevision: 1, name: `Crowd ${i}` })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(value(await diagrams.getDiagram(created.id)).revision).toBe(2);
  });

  it('keeps the name column and the document name the same', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Before' })));
    const renamed = value(await diagrams.updateDiagram(created.id, { baseRevision: 1, name: 'After' }));
    expect([renamed.name, renamed.document.name, renamed.revision]).toEqual(['After', 'After', 2]);
    const fromDocument = value(await diagrams.updateDiagram(created.id, { baseRevision: 2, document: aDocument({ name: 'From document' }) }));
    expect([fromDocument.name, fromDocument.document.name]).toEqual(['From document', 'From document']);
    const both = value(await diagrams.updateDiagram(created.id, { baseRevision: 3, document: aDocument({ name: 'Ignored' }), name: 'Name wins' }));
    expect([both.name, both.document.name]).toEqual(['Name wins', 'Name wins']);
    const row = await db.diagram.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.name, (row.document as { name: string }).name]).toEqual(['Name wins', 'Name wins']);
  });

  it('refuses an invalid update and keeps the stored document and revision', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Guarded' })));
    const bad = await diagrams.updateDiagram(created.id, { baseRevision: 1, document: { ...aDocument(), tables: [{ id: 'tbl_x' }] } });
    expect(!bad.ok && bad.error.kind).toBe('invalid_document');
    expect(value(await diagrams.getDiagram(created.id))).toMatchObject({ revision: 1, name: 'Guarded' });
  });

  it('lists diagrams most recently updated first', async () => {
    const a = value(await diagrams.createDiagram(aDocument({ name: 'List A' })));
    const b = value(await diagrams.createDiagram(aDocument({ name: 'List B' })));
    value(await diagrams.updateDiagram(a.id, { baseRevision: 1, name: 'List A, edited' }));
    const list = await diagrams.listDiagrams();
    const ours = list.filter((d) => d.id === a.id || d.id === b.id).map((d) => d.name);
    expect(ours).toEqual(['List A, edited', 'List B']);
    expect(list.every((d, i) => i === 0 || d.updatedAt <= (list[i - 1]?.updatedAt ?? ''))).toBe(true);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['createdAt', 'id', 'name', 'revision', 'tableCount', 'updatedAt']);
  });

  it('snapshots versions that later saves do not change, numbering them in order', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Versions' })));
    const withTable = aDocument({ name: 'Versions', tables: [aTable({ name: 'v2' })] });
    value(await diagrams.updateDiagram(created.id, { baseRevision: 1, document: withTable }));
    const v2 = value(await diagrams.createVersion(created.id, '  Added a table  '));
    expect(v2).toMatchObject({ version: 2, label: 'Added a table', revision: 2, tableCount: 1, document: withTable });
    value(await diagrams.updateDiagram(created.id, { baseRevision: 2, document: aDocument({ name: 'Versions' }) }));
    const v3 = value(await diagrams.createVersion(created.id));
    expect(v3).toMatchObject({ version: 3, label: 'Version 3', revision: 3, tableCount: 0 });

    expect(value(await diagrams.getVersion(created.id, 2)).document).toEqual(withTable);
    expect(value(await diagrams.listVersions(created.id)).map((v) => [v.version, v.label])).toEqual([[3, 'Version 3'], [2, 'Added a table'], [1, 'Created']]);
    const missing = await diagrams.getVersion(created.id, 9);
    expect(!missing.ok && missing.error).toEqual({ kind: 'not_found', message: `diagram "${created.id}" has no version 9` });
  });

  it('gives concurrent snapshots distinct version numbers', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Snapshots' })));
    const results = await Promise.all([1, 2, 3].map((n) => diagrams.createVersion(created.id, `snap ${n}`)));
    expect(results.map((r) => value(r).version).sort()).toEqual([2, 3, 4]);
  });

  it('duplicates a diagram under a new id, as "(copy)" or a given name', async () => {
    const source = value(await diagrams.createDiagram(ecommerceTemplate()));
    const copy = value(await diagrams.duplicateDiagram(source.id));
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ name: 'E-commerce orders (copy)', revision: 1, tableCount: source.tableCount });
    expect(copy.document).toEqual({ ...source.document, name: 'E-commerce orders (copy)' });
    expect(value(await diagrams.duplicateDiagram(source.id, 'Shop v2')).name).toBe('Shop v2');
    const longName = value(await diagrams.createDiagram(aDocument({ name: 'x'.repeat(200) })));
    expect(value(await diagrams.duplicateDiagram(longName.id)).name).toHaveLength(200);
  });

  it('deletes a diagram with its versions', async () => {
    const created = value(await diagrams.createDiagram(aDocument({ name: 'Doomed' })));
    value(await diagrams.createVersion(created.id, 'extra'));
    expect((await diagrams.deleteDiagram(created.id)).ok).toBe(true);
    expect(!(await diagrams.getDiagram(created.id)).ok).toBe(true);
    expect(await db.diagramVersion.count({ where: { diagramId: created.id } })).toBe(0);
    const again = await diagrams.deleteDiagram(created.id);
    expect(!again.ok && again.error.kind).toBe('not_found');
  });
});
