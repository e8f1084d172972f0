import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ThreadDto, ThreadListDto } from '../../lib/api/comment-dto';
import type { DiagramDetail } from '../../lib/api/dto';
import { aColumn, aDocument, aTable } from '../../lib/model/testing';
import { err, ok } from '../../lib/result';
import { roleAllows, type Principal, type WorkspaceRole } from '../../lib/server/auth/types';
import * as collection from '../../app/api/diagrams/route';
import * as threads from '../../app/api/diagrams/[id]/comments/route';
import * as item from '../../app/api/diagrams/[id]/comments/[commentId]/route';
import * as replies from '../../app/api/diagrams/[id]/comments/[commentId]/replies/route';
import * as resolve from '../../app/api/diagrams/[id]/comments/[commentId]/resolve/route';
import * as reopen from '../../app/api/diagrams/[id]/comments/[commentId]/reopen/route';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';

/**
 * Who is asking: the real check runs first (in these tests nobody has an
 * account, so it is the local owner), then the role set here applies. That
 * proves each route asks for the permission it should.
 */
const requester = vi.hoisted(() => ({ role: 'owner' as WorkspaceRole, principal: null as Principal | null, name: 'Local owner' }));
vi.mock('../../lib/server/auth/authorize', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/server/auth/authorize')>();
  return {
    ...original,
    authorizeDiagram: async (req: Request, diagramId: string, permission: Parameters<typeof original.authorizeDiagram>[2]) => {
      const checked = await original.authorizeDiagram(req, diagramId, permission);
      if (!checked.ok || requester.principal === null) return checked;
      if (!roleAllows(requester.role, permission)) return err({ code: 'forbidden' as const, message: `your role may not ${permission} this diagram` });
      return ok({ ...checked.value, principal: requester.principal, role: requester.role, userId: null, actorName: requester.name });
    },
  };
});

useTemporaryStorage();

/** A link visitor with `role`: no user account, so no user rows are needed. */
function actAs(role: WorkspaceRole, name: string, linkId: string): void {
  requester.role = role;
  requester.name = name;
  requester.principal = { kind: 'share', linkId, diagramId: '', role: role === 'owner' ? 'editor' : role };
}
const asOwner = () => { requester.role = 'owner'; requester.principal = null; requester.name = 'Local owner'; };
const LINK_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const LINK_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const base = (id: string) => `/api/diagrams/${id}/comments`;
const list = (id: string, query = '') => call<ThreadListDto>(threads.GET, request('GET', `${base(id)}${query}`), { id });
const start = (id: string, body: unknown) => call<{ thread: ThreadDto }>(threads.POST, request('POST', base(id), { body }), { id });
const reply = (id: string, commentId: string, body: unknown) =>
  call<{ thread: ThreadDto }>(replies.POST, request('POST', `${base(id)}/${commentId}/replies`, { body }), { id, commentId });
const edit = (id: string, commentId: string, body: unknown) =>
  call<{ thread: ThreadDto }>(item.PATCH, request('PATCH', `${base(id)}/${commentId}`, { body }), { id, commentId });
const remove = (id: string, commentId: string) => call(item.DELETE, request('DELETE', `${base(id)}/${commentId}`), { id, commentId });
const setResolved = (id: string, commentId: string, resolved: boolean) =>
  call<{ thread: ThreadDto }>(resolved ? resolve.POST : reopen.POST, request('POST', `${base(id)}/${commentId}/${resolved ? 'resolve' : 'reopen'}`), { id, commentId });

const total = aColumn({ name: 'total' });
const orders = aTable({ name: 'orders', columns: [aColumn({ name: 'id' }), total] });

async function newDiagram(): Promise<string> {
  asOwner();
  const created = await call<{ diagram: DiagramDetail }>(collection.POST, request('POST', '/api/diagrams', { body: { document: aDocument({ tables: [orders] }) } }));
  return created.body.diagram.id;
}

describe('the comments API', () => {
  let id: string;
  beforeEach(async () => {
    id = await newDiagram();
  });

  it('every route is dynamic and runs on Node.js', () => {
    for (const route of [threads, item, replies, resolve, reopen]) {
      expect(route.dynamic).toBe('force-dynamic');
      expect(route.runtime).toBe('nodejs');
    }
  });

  it('starts a thread, replies, edits, resolves, filters, reopens and deletes', async () => {
    const started = await start(id, { tableId: orders.id, columnId: total.id, body: 'Is numeric(12,2) enough?' });
    expect(started.status).toBe(201);
    const threadId = started.body.thread.id;
    expect(started.headers.get('location')).toBe(`${base(id)}/${threadId}`);
    expect(started.body.thread.target).toMatchObject({ label: 'orders.total', state: 'present' });

    const replied = await reply(id, threadId, { body: 'Yes, for now.' });
    expect(replied.status).toBe(201);
    expect(replied.body.thread.comments.map((c) => c.body)).toEqual(['Is numeric(12,2) enough?', 'Yes, for now.']);

    const edited = await edit(id, replied.body.thread.comments[1]!.id, { body: 'Yes, until we go multi-currency.' });
    expect(edited.status).toBe(200);
    expect(edited.body.thread.comments[1]).toMatchObject({ body: 'Yes, until we go multi-currency.', editedAt: expect.any(String) });

    const resolved = await setResolved(id, threadId, true);
    expect(resolved.body.thread).toMatchObject({ status: 'resolved', resolvedByName: 'Local owner' });
    expect((await list(id, '?status=open')).body.threads).toEqual([]);
    expect((await list(id, '?status=resolved')).body.threads.map((t) => t.id)).toEqual([threadId]);
    expect((await setResolved(id, threadId, false)).body.thread.status).toBe('open');

    const all = await list(id, `?tableId=${orders.id}&columnId=${total.id}`);
    expect(all.status).toBe(200);
    expect(all.body.permissions).toEqual({ comment: true, moderate: true });
    expect(all.body.threads).toHaveLength(1);

    expect((await remove(id, threadId)).status).toBe(204);
    expect((await list(id)).body.threads).toEqual([]);
    expect((await remove(id, threadId)).status).toBe(404);
  });

  it('names a missing table or column (400, with the field)', async () => {
    const noTable = await start(id, { tableId: 'tbl_nope', body: 'x' });
    expect(noTable.status).toBe(400);
    expect(apiError(noTable)).toMatchObject({ code: 'invalid_request', problems: [{ path: 'tableId' }] });
    expect(apiError(noTable).message).toContain('no table with id "tbl_nope"');
    const noColumn = await start(id, { tableId: orders.id, columnId: 'col_nope', body: 'x' });
    expect(apiError(noColumn)).toMatchObject({ code: 'invalid_request', problems: [{ path: 'columnId' }] });
    expect(apiError(noColumn).message).toContain('table "orders" has no column with id "col_nope"');
  });

  it('checks bodies and queries, with the field at fault', async () => {
    expect(apiError(await start(id, { tableId: orders.id, body: '   ' })).problems).toEqual([{ path: 'body', message: 'body cannot be empty' }]);
    expect(apiError(await start(id, { tableId: orders.id, body: 'x'.repeat(10_001) })).problems?.[0]?.path).toBe('body');
    expect(apiError(await start(id, { tableId: orders.id, body: 'x', resolved: true })).problems?.[0]?.message).toContain('unknown field "resolved"');
    const threadId = (await start(id, { tableId: orders.id, body: 'x' })).body.thread.id;
    expect(apiError(await reply(id, threadId, {})).problems?.[0]?.path).toBe('body');
    expect(apiError(await list(id, '?status=closed')).problems?.[0]).toEqual({ path: 'status', message: 'status is open, resolved or all' });
    expect(apiError(await list(id, '?columnId=col_x')).problems?.[0]?.path).toBe('columnId');
  });

  it('answers 404 for unknown and malformed comment ids and diagrams', async () => {
    expect((await reply(id, 'nope', { body: 'x' })).status).toBe(404);
    expect((await setResolved(id, '00000000-0000-4000-8000-000000000000', true)).status).toBe(404);
    const otherDiagram = await newDiagram();
    const threadId = (await start(id, { tableId: orders.id, body: 'x' })).body.thread.id;
    expect(apiError(await edit(otherDiagram, threadId, { body: 'y' })).code).toBe('not_found');
    expect((await list('00000000-0000-4000-8000-00000000beef')).status).toBe(404);
    expect((await list('not-a-diagram')).status).toBe(404);
  });

  describe('per role', () => {
    let threadId: string;
    beforeEach(async () => {
      threadId = (await start(id, { tableId: orders.id, body: 'by the owner' })).body.thread.id;
    });

    it('a viewer reads but writes nothing', async () => {
      actAs('viewer', 'Vera', LINK_A);
      const read = await list(id);
      expect(read.status).toBe(200);
      expect(read.body.permissions).toEqual({ comment: false, moderate: false });
      expect(read.body.threads[0]?.comments[0]).toMatchObject({ mine: false, canDelete: false });
      for (const answer of [
        await start(id, { tableId: orders.id, body: 'x' }),
        await reply(id, threadId, { body: 'x' }),
        await edit(id, threadId, { body: 'x' }),
        await remove(id, threadId),
        await setResolved(id, threadId, true),
        await setResolved(id, threadId, false),
      ]) {
        expect(answer.status).toBe(403);
      }
      asOwner();
      expect((await list(id)).body.threads[0]?.comments).toHaveLength(1);
    });

    it('a commenter starts, replies, resolves and edits their own, but not someone else’s', async () => {
      actAs('commenter', 'Cleo', LINK_A);
      expect((await list(id)).body.permissions).toEqual({ comment: true, moderate: false });
      expect((await start(id, { tableId: orders.id, columnId: total.id, body: 'mine' })).status).toBe(201);
      const replied = await reply(id, threadId, { body: 'a reply from Cleo' });
      const cleos = replied.body.thread.comments[1]!;
      expect(cleos).toMatchObject({ authorName: 'Cleo', mine: true, canDelete: true });
      expect((await setResolved(id, threadId, true)).body.thread.resolvedByName).toBe('Cleo');
      expect((await setResolved(id, threadId, false)).status).toBe(200);
      expect((await edit(id, cleos.id, { body: 'edited' })).status).toBe(200);
      expect(apiError(await edit(id, threadId, { body: 'not mine' })).code).toBe('forbidden');
      expect((await remove(id, threadId)).status).toBe(403);

      // Another link is another person, even with the same name.
      actAs('commenter', 'Cleo', LINK_B);
      expect((await edit(id, cleos.id, { body: 'hijack' })).status).toBe(403);
      expect((await remove(id, cleos.id)).status).toBe(403);

      actAs('commenter', 'Cleo', LINK_A);
      expect((await remove(id, cleos.id)).status).toBe(204);
    });

    it('an editor comments but deletes only their own; an owner deletes anyone’s', async () => {
      actAs('commenter', 'Cleo', LINK_A);
      const cleos = (await reply(id, threadId, { body: 'from Cleo' })).body.thread.comments[1]!;
      actAs('editor', 'Eddie', LINK_B);
      expect((await remove(id, cleos.id)).status).toBe(403);
      asOwner();
      expect((await list(id)).body.threads[0]?.comments[1]).toMatchObject({ mine: false, canDelete: true });
      expect((await remove(id, cleos.id)).status).toBe(204);
    });
  });
});
