import { beforeAll, describe, expect, it } from 'vitest';
import type { DiagramDetail, DiagramSummary } from '../../lib/api/dto';
import { aDocument, aRelationship, aTable, anIdColumn } from '../../lib/model/testing';
import * as collection from '../../app/api/diagrams/route';
import * as item from '../../app/api/diagrams/[id]/route';
import * as versions from '../../app/api/diagrams/[id]/versions/route';
import * as version from '../../app/api/diagrams/[id]/versions/[version]/route';
import { apiError, call, request, useTemporaryStorage, type RequestOptions } from './support/api';

useTemporaryStorage();

const post = (options: RequestOptions) => call(collection.POST, request('POST', '/api/diagrams', options));
const put = (id: string, options: RequestOptions) => call<{ diagram: DiagramDetail }>(item.PUT, request('PUT', `/api/diagrams/${id}`, options), { id });
const list = async () => (await call<{ diagrams: DiagramSummary[] }>(collection.GET, request('GET', '/api/diagrams'))).body.diagrams;

/** A stored diagram to aim updates at; its state is checked after every refused request. */
let existing: DiagramDetail;
let listBefore: DiagramSummary[];

beforeAll(async () => {
  existing = (await call<{ diagram: DiagramDetail }>(collection.POST, request('POST', '/api/diagrams', { body: { templateId: 'ecommerce' } }))).body.diagram;
  listBefore = await list();
});

/** Nothing a refused request sent may have been stored. */
async function expectNothingStored() {
  expect(await list()).toEqual(listBefore);
  const stored = await call<{ diagram: DiagramDetail }>(item.GET, request('GET', `/api/diagrams/${existing.id}`), { id: existing.id });
  expect(stored.body.diagram).toEqual(existing);
}

describe('the diagram API refuses bad input with a precise error and stores nothing', () => {
  it('invalid JSON → 400 invalid_json', async () => {
    const answer = await post({ body: '{"name": "x",}' });
    expect(answer.status).toBe(400);
    expect(apiError(answer)).toMatchObject({ code: 'invalid_json', message: expect.stringContaining('not valid JSON') });
    expect(apiError(await put(existing.id, { body: '' }))).toMatchObject({ code: 'invalid_json', message: expect.stringContaining('empty') });
    expect(apiError(await post({ body: new Uint8Array([0x7b, 0xff, 0x7d]) })).message).toContain('not valid UTF-8');
    await expectNothingStored();
  });

  it('a body that is not JSON → 415 unsupported_media_type', async () => {
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, { 'content-type': 'application/json; charset=latin1' }]) {
      const answer = await post({ body: '{"name":"x"}', headers });
      expect(answer.status).toBe(415);
      expect(apiError(answer)).toMatchObject({ code: 'unsupported_media_type', message: expect.stringContaining(`got "${headers['content-type']}"`) });
    }
    expect((await post({ body: '{"name":"ok type"}', headers: { 'content-type': 'application/vnd.tablecraft+json; charset=UTF-8' } })).status).toBe(201);
    listBefore = await list();
  });

  it('wrong types → 400 invalid_request naming each field', async () => {
    const answer = await post({ body: { name: 42, templateId: ['ecommerce'] } });
    expect(answer.status).toBe(400);
    const error = apiError(answer);
    expect(error.code).toBe('invalid_request');
    expect(error.problems?.map((p) => p.path).sort()).toEqual(['name', 'templateId']);
    expect(error.message).toMatch(/^the request body is not valid: (name|templateId): /);

    const update = apiError(await put(existing.id, { body: { baseRevision: '1', name: 'x' } }));
    expect(update.problems).toEqual([{ path: 'baseRevision', message: 'baseRevision must be a number: the revision this change is based on' }]);
    expect(apiError(await put(existing.id, { body: { baseRevision: 1.5, name: 'x' } })).problems).toEqual([{ path: 'baseRevision', message: 'baseRevision must be a whole number' }]);
    expect(apiError(await post({ body: [1, 2] })).problems).toEqual([{ path: '(body)', message: expect.stringContaining('expected object') }]);
    await expectNothingStored();
  });

  it('missing fields → 400 invalid_request saying what is required', async () => {
    const answer = await put(existing.id, { body: { name: 'No base' } });
    expect(answer.status).toBe(400);
    expect(apiError(answer).problems).toEqual([{ path: 'baseRevision', message: 'required field "baseRevision" is missing (expected number)' }]);
    const nothing = apiError(await put(existing.id, { body: { baseRevision: 1 } }));
    expect(nothing.problems).toEqual([{ path: '(body)', message: 'give a new document, a new name, or both' }]);
    await expectNothingStored();
  });

  it('unknown fields → 400 invalid_request naming each one', async () => {
    const answer = await post({ body: { name: 'x', tempalteId: 'ecommerce', owner: 'me' } });
    expect(answer.status).toBe(400);
    const error = apiError(answer);
    expect(error.problems?.map((p) => p.path)).toEqual(['tempalteId', 'owner']);
    expect(error.problems?.[0]?.message).toBe('unknown field "tempalteId" (this request takes name, templateId, document, duplicateOf)');
    expect(apiError(await put(existing.id, { body: { baseRevision: 1, name: 'x', revision: 5 } })).problems?.map((p) => p.path)).toEqual(['revision']);
    await expectNothingStored();
  });

  it('conflicting sources and unknown templates → 400 invalid_request', async () => {
    const both = apiError(await post({ body: { templateId: 'ecommerce', document: aDocument() } }));
    expect(both).toMatchObject({ code: 'invalid_request', problems: [{ path: '(body)', message: 'give at most one of templateId, document and duplicateOf' }] });
    const unknown = await post({ body: { templateId: 'crm' } });
    expect(unknown.status).toBe(400);
    expect(apiError(unknown)).toMatchObject({ code: 'invalid_request', problems: [{ path: 'templateId', message: expect.stringContaining('there is no template "crm"') }] });
    await expectNothingStored();
  });

  it('an unknown document formatVersion → 422 unsupported_version; a missing format → 422 invalid_document', async () => {
    const future = await post({ body: { document: { ...aDocument(), formatVersion: 99 } } });
    expect(future.status).toBe(422);
    expect(apiError(future)).toMatchObject({
      code: 'unsupported_version',
      message: expect.stringContaining('format version 99'),
      problems: [{ path: 'formatVersion', message: expect.stringContaining('99') }],
    });
    const { format: _format, ...withoutFormat } = aDocument();
    const unformatted = await post({ body: { document: withoutFormat } });
    expect(unformatted.status).toBe(422);
    expect(apiError(unformatted)).toMatchObject({ code: 'invalid_document', problems: [{ path: 'format', message: expect.stringContaining('"format" must be "tablecraft.diagram"') }] });
    const { formatVersion: _v, ...withoutVersion } = aDocument();
    expect(apiError(await put(existing.id, { body: { baseRevision: existing.revision, document: withoutVersion } })).code).toBe('unsupported_version');
    await expectNothingStored();
  });

  it('duplicate ids → 422 invalid_document with the path of the duplicate', async () => {
    const users = aTable({ name: 'users' });
    const accounts = aTable({ name: 'accounts', id: users.id });
    const answer = await post({ body: { document: aDocument({ tables: [users, accounts] }) } });
    expect(answer.status).toBe(422);
    const error = apiError(answer);
    expect(error.code).toBe('invalid_document');
    expect(error.problems).toContainEqual({ path: 'tables[1].id', message: expect.stringContaining(`duplicate id "${users.id}"`) });
    expect(error.message).toContain('tables[1].id');
    await expectNothingStored();
  });

  it('dangling references → 422 invalid_document naming the missing table and column', async () => {
    const users = aTable({ name: 'users' });
    const orderUser = anIdColumn({ name: 'user_id', identity: null });
    const orders = aTable({ name: 'orders', columns: [anIdColumn(), orderUser] });
    const dangling = aRelationship({ fromTableId: orders.id, fromColumnIds: [orderUser.id], toTableId: 'tbl_missing', toColumnIds: ['col_missing'] });
    const answer = await put(existing.id, { body: { baseRevision: existing.revision, document: aDocument({ tables: [users, orders], relationships: [dangling] }) } });
    expect(answer.status).toBe(422);
    expect(apiError(answer).problems).toContainEqual({ path: 'relationships[0].toTableId', message: 'refers to table "tbl_missing", which does not exist' });
    await expectNothingStored();
  });

  it('a bad value deep in a table → 422 invalid_document with the full path', async () => {
    const table = aTable({ name: 'things' });
    const broken = { ...aDocument(), tables: [{ ...table, columns: [{ ...table.columns[0], name: '' }] }] };
    const error = apiError(await post({ body: { document: broken } }));
    expect(error.code).toBe('invalid_document');
    expect(error.problems).toContainEqual({ path: 'tables[0].columns[0].name', message: 'a name cannot be empty' });
    await expectNothingStored();
  });

  it('a 5 MB document → 413 payload_too_large, whether the length is declared, missing or a lie', async () => {
    const huge = JSON.stringify({ document: { ...aDocument(), description: 'x'.repeat(5 * 1024 * 1024) } });
    const declared = await post({ body: huge });
    expect(declared.status).toBe(413);
    expect(apiError(declared)).toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('larger than 4194304 bytes') });

    const lying = await post({ body: huge, headers: { 'content-length': '100' } });
    expect(lying.status).toBe(413);

    const streamed = new Request('http://127.0.0.1:3000/api/diagrams', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(streamed.headers.get('content-length')).toBeNull();
    expect((await call(collection.POST, streamed)).status).toBe(413);

    const update = await put(existing.id, { body: JSON.stringify({ baseRevision: existing.revision, document: { ...existing.document, description: 'y'.repeat(5_000_000) } }) });
    expect(update.status).toBe(413);
    await expectNothingStored();
  });

  it('unknown and malformed ids → 404 not_found on every route', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1 OR 1=1']) {
      const answers = [
        await call(item.GET, request('GET', `/api/diagrams/${encodeURIComponent(id)}`), { id }),
        await put(id, { body: { baseRevision: 1, name: 'x' } }),
        await call(item.DELETE, request('DELETE', `/api/diagrams/x`), { id }),
        await call(versions.GET, request('GET', '/api/diagrams/x/versions'), { id }),
        await call(versions.POST, request('POST', '/api/diagrams/x/versions'), { id }),
        await call(version.GET, request('GET', '/api/diagrams/x/versions/1'), { id, version: '1' }),
      ];
      expect(answers.map((a) => [a.status, apiError(a).code]), id).toEqual(Array(6).fill([404, 'not_found']));
      expect(apiError(answers[0] as never).message).toContain(`no diagram with id "${id}"`);
    }
    for (const v of ['0', '-1', '1.5', 'latest', '99999999999']) {
      const answer = await call(version.GET, request('GET', `/api/diagrams/${existing.id}/versions/${v}`), { id: existing.id, version: v });
      expect([answer.status, apiError(answer).code], v).toEqual([404, 'not_found']);
    }
    const duplicate = await post({ body: { duplicateOf: '00000000-0000-4000-8000-000000000000' } });
    expect([duplicate.status, apiError(duplicate).code]).toEqual([404, 'not_found']);
    await expectNothingStored();
  });

  it('a version label that is too long → 400 invalid_request', async () => {
    const answer = await call(versions.POST, request('POST', '/api/diagrams/x/versions', { body: { label: 'l'.repeat(201) } }), { id: existing.id });
    expect(apiError(answer)).toMatchObject({ code: 'invalid_request', problems: [{ path: 'label', message: 'label is at most 200 characters' }] });
  });
});
