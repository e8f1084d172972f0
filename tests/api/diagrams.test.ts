import { describe, expect, it } from 'vitest';
import type { DiagramDetail, DiagramSummary, TemplateSummary, VersionDetail, VersionSummary } from '../../lib/api/dto';
import { aDocument, aTable } from '../../lib/model/testing';
import * as collection from '../../app/api/diagrams/route';
import * as item from '../../app/api/diagrams/[id]/route';
import * as versions from '../../app/api/diagrams/[id]/versions/route';
import * as version from '../../app/api/diagrams/[id]/versions/[version]/route';
import * as templates from '../../app/api/templates/route';
import { getStorage } from '../../lib/server/db/singleton';
import { apiError, call, request, useTemporaryStorage } from './support/api';

useTemporaryStorage();

const create = (body: unknown) => call<{ diagram: DiagramDetail }>(collection.POST, request('POST', '/api/diagrams', { body }));
const get = (id: string) => call<{ diagram: DiagramDetail }>(item.GET, request('GET', `/api/diagrams/${id}`), { id });
const put = (id: string, body: unknown) => call<{ diagram: DiagramDetail }>(item.PUT, request('PUT', `/api/diagrams/${id}`, { body }), { id });
const list = async () => (await call<{ diagrams: DiagramSummary[] }>(collection.GET, request('GET', '/api/diagrams'))).body.diagrams;

describe('the diagram API, happy paths', () => {
  it('every route is dynamic and runs on Node.js', () => {
    for (const route of [collection, item, versions, version, templates]) {
      expect(route.dynamic).toBe('force-dynamic');
      expect(route.runtime).toBe('nodejs');
    }
  });

  it('shares one storage per process, even across module copies', async () => {
    const storage = await getStorage();
    expect(await getStorage()).toBe(storage);
    // Next.js may load lib/server twice; both copies find the same promise here.
    const slot = (globalThis as unknown as Record<symbol, { promise?: Promise<unknown> }>)[Symbol.for('tablecraft.storage')];
    expect(await slot?.promise).toBe(storage);
    expect(storage.kind).toBe('embedded');
  });

  it('lists the templates', async () => {
    const answer = await call<{ templates: TemplateSummary[] }>(templates.GET, request('GET', '/api/templates'));
    expect(answer.status).toBe(200);
    expect(answer.body.templates.map((t) => t.id)).toEqual(expect.arrayContaining(['blank', 'ecommerce']));
    expect(answer.body.templates.every((t) => t.name && t.description)).toBe(true);
  });

  it('creates from a template, with an optional new name', async () => {
    const answer = await create({ templateId: 'ecommerce' });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/api/diagrams/${answer.body.diagram.id}`);
    expect(answer.body.diagram).toMatchObject({ name: 'E-commerce orders', revision: 1 });
    expect(answer.body.diagram.tableCount).toBeGreaterThan(3);
    const renamed = await create({ templateId: 'ecommerce', name: 'My shop' });
    expect([renamed.body.diagram.name, renamed.body.diagram.document.name]).toEqual(['My shop', 'My shop']);
  });

  it('creates an empty diagram from a name, or from nothing', async () => {
    const named = await create({ name: '  Sketch  ' });
    expect(named.status).toBe(201);
    expect(named.body.diagram).toMatchObject({ name: 'Sketch', tableCount: 0, document: { name: 'Sketch', tables: [] } });
    const untitled = await create({});
    expect(untitled.body.diagram.name).toBe('Untitled diagram');
  });

  it('creates from a document, filling defaults', async () => {
    const document = aDocument({ name: 'Imported', tables: [aTable({ name: 'accounts' })] });
    const answer = await create({ document });
    expect(answer.status).toBe(201);
    expect(answer.body.diagram).toMatchObject({ name: 'Imported', tableCount: 1 });
    expect(answer.body.diagram.document).toEqual(document);
  });

  it('duplicates a diagram', async () => {
    const source = (await create({ templateId: 'ecommerce' })).body.diagram;
    const copy = await create({ duplicateOf: source.id });
    expect(copy.status).toBe(201);
    expect(copy.body.diagram).toMatchObject({ name: 'E-commerce orders (copy)', tableCount: source.tableCount });
    expect(copy.body.diagram.id).not.toBe(source.id);
    expect((await create({ duplicateOf: source.id, name: 'Fork' })).body.diagram.name).toBe('Fork');
  });

  it('gets, saves, renames and deletes a diagram', async () => {
    const { id } = (await create({ name: 'Lifecycle' })).body.diagram;
    const fetched = await get(id);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('cache-control')).toBe('no-store');
    expect(fetched.body.diagram).toMatchObject({ id, name: 'Lifecycle', revision: 1 });

    const next = aDocument({ name: 'Lifecycle', tables: [aTable({ name: 'events' })] });
    const saved = await put(id, { baseRevision: 1, document: next });
    expect(saved.status).toBe(200);
    expect(saved.body.diagram).toMatchObject({ revision: 2, tableCount: 1, document: next });

    const renamed = await put(id, { baseRevision: 2, name: 'Renamed' });
    expect(renamed.body.diagram).toMatchObject({ revision: 3, name: 'Renamed', document: { name: 'Renamed' } });
    expect((await list()).find((d) => d.id === id)?.name).toBe('Renamed');

    const deleted = await call(item.DELETE, request('DELETE', `/api/diagrams/${id}`), { id });
    expect([deleted.status, deleted.body]).toEqual([204, undefined]);
    expect((await get(id)).status).toBe(404);
    expect((await list()).some((d) => d.id === id)).toBe(false);
    expect(apiError(await call(item.DELETE, request('DELETE', `/api/diagrams/${id}`), { id })).code).toBe('not_found');
  });

  it('answers 409 stale_revision with the current revision instead of overwriting', async () => {
    const { id } = (await create({ name: 'Shared' })).body.diagram;
    expect((await put(id, { baseRevision: 1, name: 'Alice was here' })).status).toBe(200);
    const bob = await put(id, { baseRevision: 1, document: aDocument({ name: 'Bob was here' }) });
    expect(bob.status).toBe(409);
    expect(apiError(bob)).toEqual({
      code: 'stale_revision',
      message: expect.stringContaining('based on revision 1, but the diagram is now at revision 2'),
      currentRevision: 2,
    });
    expect((await get(id)).body.diagram.name).toBe('Alice was here');
  });

  it('lists diagrams most recently updated first', async () => {
    const older = (await create({ name: 'Older' })).body.diagram;
    const newer = (await create({ name: 'Newer' })).body.diagram;
    const before = (await list()).map((d) => d.id);
    expect(before.indexOf(newer.id)).toBeLessThan(before.indexOf(older.id));
    await put(older.id, { baseRevision: 1, name: 'Older, touched' });
    const after = await list();
    expect(after[0]?.id).toBe(older.id);
    expect(after[0]).not.toHaveProperty('document');
  });

  it('creates, lists and reads versions', async () => {
    const { id } = (await create({ templateId: 'ecommerce' })).body.diagram;
    const made = await call<{ version: VersionDetail }>(versions.POST, request('POST', `/api/diagrams/${id}/versions`, { body: { label: 'Before refactor' } }), { id });
    expect(made.status).toBe(201);
    expect(made.headers.get('location')).toBe(`/api/diagrams/${id}/versions/2`);
    expect(made.body.version).toMatchObject({ version: 2, label: 'Before refactor', revision: 1 });

    const bare = await call<{ version: VersionDetail }>(versions.POST, request('POST', `/api/diagrams/${id}/versions`), { id });
    expect(bare.status).toBe(201);
    expect(bare.body.version).toMatchObject({ version: 3, label: 'Version 3' });

    const listed = await call<{ versions: VersionSummary[] }>(versions.GET, request('GET', `/api/diagrams/${id}/versions`), { id });
    expect(listed.body.versions.map((v) => [v.version, v.label])).toEqual([[3, 'Version 3'], [2, 'Before refactor'], [1, 'Created']]);

    const one = await call<{ version: VersionDetail }>(version.GET, request('GET', `/api/diagrams/${id}/versions/2`), { id, version: '2' });
    expect(one.status).toBe(200);
    expect(one.body.version.document.name).toBe('E-commerce orders');
  });
});
