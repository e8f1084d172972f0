import { describe, expect, it } from 'vitest';
import type { DiagramDetail } from '../../lib/api/dto';
import type { DiagramDocument } from '../../lib/model/document';
import * as collection from '../../app/api/diagrams/route';
import * as exportRoute from '../../app/api/diagrams/[id]/export/route';
import * as importRoute from '../../app/api/import/route';
import { apiError, call, request, useTemporaryStorage } from './support/api';

useTemporaryStorage();

const importBody = (body: unknown) => call<{ document?: DiagramDocument; diagram?: DiagramDetail; report: { counts: unknown } }>(importRoute.POST, request('POST', '/api/import', { body }));

describe('POST /api/import', () => {
  it('is dynamic and runs on Node.js', () => {
    for (const route of [importRoute, exportRoute]) expect([route.dynamic, route.runtime]).toEqual(['force-dynamic', 'nodejs']);
  });

  it('returns the document and the report, and stores a diagram with create: true', async () => {
    const source = 'Table users {\n  id bigint [pk, increment]\n  email text [unique]\n}\n';
    const answer = await importBody({ format: 'dbml', source, name: 'Shop' });
    expect(answer.status).toBe(200);
    expect(answer.body.document?.tables.map((t) => t.name)).toEqual(['users']);
    expect(answer.body.report.counts).toMatchObject({ imported: { table: 1 } });
    const created = await importBody({ format: 'sql', source: 'CREATE TABLE a (id int PRIMARY KEY);', create: true });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/diagrams/${created.body.diagram!.id}`);
    expect(created.body.diagram).toMatchObject({ name: 'Imported schema', revision: 1, tableCount: 1 });
  });

  it('answers a parse error with 422 and the line and column', async () => {
    const answer = await importBody({ format: 'prisma', source: 'model A {\n  id Int @id\n  x Strin g\n}\n' });
    expect(answer.status).toBe(422);
    expect(apiError(answer)).toMatchObject({ code: 'invalid_document', message: expect.stringMatching(/line 3, column \d+/) });
  });

  it('answers a wrong request with 400 and the field', async () => {
    const answer = await importBody({ format: 'yaml', source: 'x' });
    expect(answer.status).toBe(400);
    expect(apiError(answer).problems?.[0]?.path).toBe('format');
  });
});

describe('GET /api/diagrams/:id/export', () => {
  it('sends each format as an attachment with its content type', async () => {
    const created = await call<{ diagram: DiagramDetail }>(collection.POST, request('POST', '/api/diagrams', { body: { templateId: 'ecommerce', name: 'My shop' } }));
    const id = created.body.diagram.id;
    const get = (format: string) => exportRoute.GET(request('GET', `/api/diagrams/${id}/export?format=${format}`), { params: Promise.resolve({ id }) });
    const dbml = await get('dbml');
    expect(dbml.status).toBe(200);
    expect(dbml.headers.get('content-disposition')).toBe(`attachment; filename="My-shop.dbml"; filename*=UTF-8''My%20shop.dbml`);
    expect(await dbml.text()).toContain('Table "public"."orders" {');
    const html = await get('dictionary-html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const sql = await get('sql');
    expect(sql.headers.get('content-type')).toBe('application/sql; charset=utf-8');
    expect(await sql.text()).toContain('CREATE TABLE');
    const prisma = await get('prisma');
    expect(Number(prisma.headers.get('x-tablecraft-losses'))).toBeGreaterThan(0);
    expect((await get('png')).status).toBe(400);
    const missing = await exportRoute.GET(request('GET', '/api/diagrams/00000000-0000-4000-8000-000000000000/export?format=dbml'), { params: Promise.resolve({ id: '00000000-0000-4000-8000-000000000000' }) });
    expect(missing.status).toBe(404);
  });
});
