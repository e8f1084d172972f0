import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { aColumn, aDocument, aTable } from '../../lib/model/testing';
import type { WorkspaceRole } from '../../lib/server/auth/types';
import type { CommentError } from '../../lib/server/comments/errors';
import { createCommentService, type CommentService } from '../../lib/server/comments/service';
import type { Result } from '../../lib/result';
import { migrateAppSchema } from '../../lib/server/db/app-migrations';
import { createPrismaClient, type Database } from '../../lib/server/db/prisma';
import { createDiagramService, type DiagramService } from '../../lib/server/diagrams/service';
import { describeEachBackend } from '../storage/support/backends';
import { accessAs, failure, userIdFor, value } from './support';

const PEOPLE = ['Ann', 'Bob', 'Cleo', 'Owner', 'Viewer'] as const;

describeEachBackend('comment service', (database) => {
  let pool: pg.Pool;
  let db: Database;
  let comments: CommentService;
  let diagrams: DiagramService;
  let diagramId: string;
  const total = aColumn({ name: 'total' });
  const orders = aTable({ name: 'orders', columns: [aColumn({ name: 'id' }), total] });
  const customers = aTable({ name: 'customers' });

  const as = (name: (typeof PEOPLE)[number], role: WorkspaceRole) => accessAs(diagramId, role, { name });
  const ann = () => as('Ann', 'commenter');
  const bob = () => as('Bob', 'editor');

  beforeAll(async () => {
    await migrateAppSchema(database().connectionString, path.join(process.cwd(), 'prisma', 'migrations'), 'the test database');
    pool = new pg.Pool({ connectionString: database().connectionString, max: 4 });
    db = createPrismaClient(pool);
    comments = createCommentService(db);
    diagrams = createDiagramService(db);
    for (const name of PEOPLE) {
      await db.user.create({ data: { id: userIdFor(name), email: `${name.toLowerCase()}@example.test`, name, passwordHash: 'not-a-real-hash' } });
    }
  });
  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
  });
  beforeEach(async () => {
    diagramId = value(await diagrams.createDiagram(aDocument({ tables: [orders, customers] }))).id;
  });

  it('starts a thread on a table and on a column, naming the target', async () => {
    const onTable = value(await comments.startThread(ann(), { tableId: orders.id, body: '  Why no soft delete?  ' }));
    expect(onTable).toMatchObject({
      status: 'open',
      resolvedAt: null,
      target: { tableId: orders.id, columnId: null, label: 'orders', tableName: 'orders', columnName: null, state: 'present' },
      comments: [{ body: 'Why no soft delete?', authorName: 'Ann', editedAt: null, mine: true, canDelete: true }],
    });
    const onColumn = value(await comments.startThread(ann(), { tableId: orders.id, columnId: total.id, body: 'numeric(12,2)?' }));
    expect(onColumn.target).toMatchObject({ columnId: total.id, label: 'orders.total', columnName: 'total', state: 'present' });
    expect(onColumn.id).not.toBe(onTable.id);
  });

  it('refuses an empty or too long comment', async () => {
    expect(failure(await comments.startThread(ann(), { tableId: orders.id, body: ' \n ' }))).toMatchObject({ kind: 'invalid_body', message: 'a comment cannot be empty' });
    const thread = value(await comments.startThread(ann(), { tableId: orders.id, body: 'x'.repeat(10_000) }));
    expect(failure(await comments.reply(ann(), thread.id, 'x'.repeat(10_001))).message).toContain('at most 10000 characters (this one has 10001)');
    expect(failure(await comments.edit(ann(), thread.id, ''))).toMatchObject({ kind: 'invalid_body' });
  });

  it('refuses a table or column that is not in the current document, saying which', async () => {
    const noTable = failure(await comments.startThread(ann(), { tableId: 'tbl_gone', body: 'x' }));
    expect(noTable).toMatchObject({ kind: 'unknown_target', field: 'tableId' });
    expect(noTable.message).toContain('no table with id "tbl_gone"');
    const noColumn = failure(await comments.startThread(ann(), { tableId: customers.id, columnId: total.id, body: 'x' }));
    expect(noColumn).toMatchObject({ kind: 'unknown_target', field: 'columnId' });
    expect(noColumn.message).toContain(`table "customers" has no column with id "${total.id}"`);
    expect(value(await comments.listThreads(ann()))).toEqual([]);
  });

  it('threads replies in order, lists newest activity first, and every comment joins its thread', async () => {
    const first = value(await comments.startThread(ann(), { tableId: orders.id, body: 'first thread' }));
    const second = value(await comments.startThread(bob(), { tableId: customers.id, body: 'second thread' }));
    expect(value(await comments.listThreads(ann())).map((t) => t.id)).toEqual([second.id, first.id]);

    const replied = value(await comments.reply(bob(), first.id, 'a reply'));
    // Replying to a reply still adds to the thread, not a nested one.
    const again = value(await comments.reply(ann(), replied.comments[1]!.id, 'another'));
    expect(again.id).toBe(first.id);
    expect(again.comments.map((c) => [c.authorName, c.body, c.mine])).toEqual([
      ['Ann', 'first thread', true], ['Bob', 'a reply', false], ['Ann', 'another', true],
    ]);
    expect(value(await comments.listThreads(ann())).map((t) => t.id)).toEqual([first.id, second.id]);
  });

  it('resolves and reopens a thread, remembering who resolved it, and filters by status', async () => {
    const thread = value(await comments.startThread(ann(), { tableId: orders.id, columnId: total.id, body: 'check precision' }));
    const other = value(await comments.startThread(ann(), { tableId: customers.id, body: 'still open' }));
    const resolved = value(await comments.resolve(bob(), thread.id));
    expect(resolved).toMatchObject({ status: 'resolved', resolvedByName: 'Bob' });
    expect(resolved.resolvedAt).not.toBeNull();
    // Resolving again keeps who resolved it first.
    expect(value(await comments.resolve(ann(), thread.id)).resolvedByName).toBe('Bob');

    expect(value(await comments.listThreads(ann(), { status: 'open' })).map((t) => t.id)).toEqual([other.id]);
    expect(value(await comments.listThreads(ann(), { status: 'resolved' })).map((t) => t.id)).toEqual([thread.id]);

    const reopened = value(await comments.reopen(ann(), thread.id));
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, resolvedByName: null });
    expect(value(await comments.listThreads(ann(), { status: 'resolved' }))).toEqual([]);
  });

  it('filters by target', async () => {
    const onColumn = value(await comments.startThread(ann(), { tableId: orders.id, columnId: total.id, body: 'column' }));
    const onTable = value(await comments.startThread(ann(), { tableId: orders.id, body: 'table' }));
    value(await comments.startThread(ann(), { tableId: customers.id, body: 'elsewhere' }));
    expect(value(await comments.listThreads(ann(), { tableId: orders.id })).map((t) => t.id).sort()).toEqual([onColumn.id, onTable.id].sort());
    expect(value(await comments.listThreads(ann(), { tableId: orders.id, columnId: total.id })).map((t) => t.id)).toEqual([onColumn.id]);
  });

  it('keeps threads whose table or column was deleted, named as they were', async () => {
    const onColumn = value(await comments.startThread(ann(), { tableId: orders.id, columnId: total.id, body: 'column' }));
    const onCustomers = value(await comments.startThread(ann(), { tableId: customers.id, body: 'table' }));
    const renamed = { ...orders, name: 'purchase_orders', columns: orders.columns.filter((c) => c.id !== total.id) };
    value(await diagrams.updateDiagram(diagramId, { baseRevision: 1, document: aDocument({ tables: [renamed] }) }));

    const threads = value(await comments.listThreads(ann()));
    expect(threads.find((t) => t.id === onColumn.id)?.target).toMatchObject({
      label: 'orders.total', tableName: 'purchase_orders', columnName: null, state: 'column_deleted',
    });
    expect(threads.find((t) => t.id === onCustomers.id)?.target).toMatchObject({ label: 'customers', tableName: null, state: 'table_deleted' });
    // Still a thread like any other: replies and resolve work.
    expect(value(await comments.reply(bob(), onCustomers.id, 'it is gone now')).comments).toHaveLength(2);
    expect(value(await comments.resolve(bob(), onCustomers.id)).status).toBe('resolved');
  });

  it('lets only the author edit a comment, and marks it edited', async () => {
    const thread = value(await comments.startThread(ann(), { tableId: orders.id, body: 'typo' }));
    const edited = value(await comments.edit(ann(), thread.id, 'fixed'));
    expect(edited.comments[0]).toMatchObject({ body: 'fixed', mine: true });
    expect(edited.comments[0]?.editedAt).not.toBeNull();
    // Not even an owner edits someone else's words.
    expect(failure(await comments.edit(as('Owner', 'owner'), thread.id, 'mine now'))).toMatchObject({ kind: 'forbidden' });
    expect(failure(await comments.edit(bob(), thread.id, 'mine now')).message).toContain('only the author');
  });

  it('lets the author or a manager delete; deleting the first comment deletes the thread', async () => {
    const thread = value(await comments.startThread(ann(), { tableId: orders.id, body: 'root' }));
    value(await comments.reply(bob(), thread.id, 'bob says'));
    const bobsReply = value(await comments.listThreads(ann()))[0]!.comments[1]!;
    expect(bobsReply).toMatchObject({ authorName: 'Bob', mine: false, canDelete: false });
    expect(failure(await comments.remove(ann(), bobsReply.id))).toMatchObject({ kind: 'forbidden' });
    // An editor is not a manager.
    expect(failure(await comments.remove(bob(), thread.id))).toMatchObject({ kind: 'forbidden' });

    value(await comments.remove(bob(), bobsReply.id));
    expect(value(await comments.listThreads(ann()))[0]?.comments).toHaveLength(1);

    value(await comments.reply(bob(), thread.id, 'again'));
    const asOwner = value(await comments.listThreads(as('Owner', 'owner')))[0]!;
    expect(asOwner.comments.every((c) => c.canDelete)).toBe(true);
    value(await comments.remove(as('Owner', 'owner'), thread.id));
    expect(value(await comments.listThreads(ann()))).toEqual([]);
    expect(await db.comment.count({ where: { diagramId } })).toBe(0);
  });

  it('refuses every write to a viewer, who can still read', async () => {
    const thread = value(await comments.startThread(ann(), { tableId: orders.id, body: 'root' }));
    const viewer = as('Viewer', 'viewer');
    expect(value(await comments.listThreads(viewer))[0]?.comments[0]).toMatchObject({ mine: false, canDelete: false });
    for (const attempt of <Promise<Result<unknown, CommentError>>[]>[
      comments.startThread(viewer, { tableId: orders.id, body: 'x' }),
      comments.reply(viewer, thread.id, 'x'),
      comments.edit(viewer, thread.id, 'x'),
      comments.remove(viewer, thread.id),
      comments.resolve(viewer, thread.id),
      comments.reopen(viewer, thread.id),
    ]) {
      expect(failure(await attempt)).toMatchObject({ kind: 'forbidden' });
    }
  });

  it('keys authorship of link visitors by their link, and of the local owner as local', async () => {
    const linkA = accessAs(diagramId, 'commenter', { name: 'Guest', principal: { kind: 'share', linkId: '11111111-1111-4111-8111-111111111111', diagramId, role: 'commenter' } });
    const linkB = accessAs(diagramId, 'commenter', { name: 'Guest', principal: { kind: 'share', linkId: '22222222-2222-4222-8222-222222222222', diagramId, role: 'commenter' } });
    const local = accessAs(diagramId, 'owner', { principal: { kind: 'local' } });
    const thread = value(await comments.startThread(linkA, { tableId: orders.id, body: 'from a link' }));
    expect(thread.comments[0]).toMatchObject({ authorName: 'Guest', mine: true });
    expect(failure(await comments.edit(linkB, thread.id, 'hijack'))).toMatchObject({ kind: 'forbidden' });
    expect(value(await comments.edit(linkA, thread.id, 'edited from the same link')).comments[0]?.body).toBe('edited from the same link');

    const localThread = value(await comments.startThread(local, { tableId: orders.id, body: 'local' }));
    expect(localThread.comments[0]).toMatchObject({ authorName: 'Local owner', mine: true });
    expect((await db.comment.findUnique({ where: { id: localThread.id } }))?.authorUserId).toBeNull();
  });

  it('answers not found for comments of another diagram, unknown and malformed ids', async () => {
    const thread = value(await comments.startThread(ann(), { tableId: orders.id, body: 'here' }));
    const otherDiagram = value(await diagrams.createDiagram(aDocument({ tables: [aTable({ name: 'x' })] }))).id;
    const elsewhere = accessAs(otherDiagram, 'owner', { name: 'Owner' });
    for (const attempt of <Promise<Result<unknown, CommentError>>[]>[
      comments.reply(elsewhere, thread.id, 'x'),
      comments.edit(elsewhere, thread.id, 'x'),
      comments.remove(elsewhere, thread.id),
      comments.resolve(elsewhere, thread.id),
      comments.resolve(ann(), '00000000-0000-4000-8000-00000000dead'),
      comments.resolve(ann(), 'not-a-uuid'),
    ]) {
      expect(failure(await attempt)).toMatchObject({ kind: 'not_found' });
    }
    expect(value(await comments.listThreads(elsewhere))).toEqual([]);
  });

  it('goes with its diagram', async () => {
    const thread = value(await comments.startThread(ann(), { tableId: orders.id, body: 'bye' }));
    value(await comments.reply(bob(), thread.id, 'bye too'));
    value(await diagrams.deleteDiagram(diagramId));
    expect(await db.comment.count({ where: { diagramId } })).toBe(0);
    expect(failure(await comments.listThreads(ann()))).toMatchObject({ kind: 'not_found' });
  });
});
