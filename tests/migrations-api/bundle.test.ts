import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffBundle, exportBundle } from '../../lib/bundle';
import type { DiagramDetail } from '../../lib/api/dto';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { createDiagram, getBundle, saveDocument, unzipEntries } from './support/routes';
import { WORKLOAD } from './support/workload';

useTemporaryStorage();

const dir = mkdtempSync(join(tmpdir(), 'tablecraft-bundle-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function download(diagram: DiagramDetail, query = '') {
  const response = await getBundle(diagram.id, query);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const file = join(dir, `${diagram.id}-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, bytes);
  return { response, bytes, entries: unzipEntries(file) };
}

describe('GET /api/diagrams/:id/bundle', () => {
  it('is a zip whose entries are the pure bundle, byte for byte', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce', name: 'My Shop' });
    const { response, bytes, entries } = await download(diagram);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="my_shop-bundle.zip"');
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const pure = await exportBundle(diagram.document);
    if (!pure.ok) throw new Error('the template must generate');
    expect([...entries.keys()]).toEqual(pure.value.files.map((f) => f.path));
    for (const f of pure.value.files) expect(entries.get(f.path)!.equals(Buffer.from(f.contents, 'utf8')), f.path).toBe(true);
    expect(entries.has('migrations/manifest.json')).toBe(true);
    expect([...entries.keys()].some((p) => p.startsWith('pgbouncer/'))).toBe(false);
  });

  it('bundles the diff between a version and now, for the requested target', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    const before = diagram.document;
    const document = structuredClone(before);
    document.tables.find((t) => t.name === 'products')!.name = 'articles';
    diagram = await saveDocument(diagram, document);
    const { entries } = await download(diagram, '?from=1&to=current&pg=16');
    const retarget = (d: typeof before) => ({ ...d, target: { postgresVersion: 16 as const } });
    const pure = await diffBundle(retarget(before), retarget(diagram.document));
    if (!pure.ok) throw new Error('the diff must generate');
    for (const f of pure.value.files) expect(entries.get(f.path)?.toString('utf8'), f.path).toBe(f.contents);
    const manifest = JSON.parse(entries.get('migrations/manifest.json')!.toString('utf8')) as { targetPostgresVersion: number };
    expect(manifest.targetPostgresVersion).toBe(16);
    expect([...entries.values()].map((b) => b.toString('utf8')).join('\n')).toContain('RENAME TO "articles"');
  });

  it('adds pgbouncer/ from the document workload, without any secret', async () => {
    const created = await createDiagram({ templateId: 'ecommerce' });
    const diagram = await saveDocument(created, { ...created.document, workload: WORKLOAD });
    const { entries } = await download(diagram);
    const ini = entries.get('pgbouncer/pgbouncer.ini')!.toString('utf8');
    expect(ini).toMatch(/default_pool_size = \d+/);
    const userlist = entries.get('pgbouncer/userlist.txt')!.toString('utf8');
    expect(userlist).not.toContain('SCRAM-SHA-256$4096');
    expect(userlist).toContain('"app" — no password given');
    expect(entries.has('pgbouncer/README.md')).toBe(true);
  });

  it('adds pgbouncer/ with default sizing when asked (pooling=1) and the diagram has no workload', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce', name: 'Shop' });
    const { entries } = await download(diagram, '?pooling=1');
    expect(entries.get('pgbouncer/pgbouncer.ini')!.toString('utf8')).toMatch(/^shop = host=127.0.0.1 port=5432 dbname=shop /m);
  });

  it('answers errors as JSON', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const answer = await call(async (req, ctx) => getBundle((await ctx.params).id!, new URL(req.url).search), request('GET', `/api/diagrams/${diagram.id}/bundle?pg=99`), { id: diagram.id });
    expect(answer.status).toBe(400);
    expect(apiError(answer).problems?.[0]?.path).toBe('pg');
  });
});
