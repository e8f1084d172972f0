import { describe, expect, it } from 'vitest';
import { applyCommand } from '../editor/apply';
import type { EditorCommand } from '../editor/command';
import { counterIds } from '../editor/factories/ids';
import { newTable } from '../editor/factories/new-table';
import type { DiagramDocument } from '../model/document';
import { ecommerceTemplate } from '../templates/ecommerce';
import { describeChanges } from './changes';
import { describeCommand } from './describe';
import { addLocal, markSent, OVERWRITE_WINDOW_MS, receiveOps, receiveOutcomes, startSync, type SyncState } from './sync-state';
import type { LoggedOp } from './types';

const doc = ecommerceTemplate();
const table = (name: string) => doc.tables.find((t) => t.name === name)!;
const orders = table('orders');
const status = orders.columns.find((c) => c.name === 'status')!;
const users = table('users');

function local(state: SyncState, opId: string, command: EditorCommand): SyncState {
  const result = applyCommand(state.shown, command);
  if (!result.ok) throw new Error(result.error.message);
  return addLocal(state, { opId, command, label: describeCommand(state.shown, command) }, result.value.doc);
}

const op = (revision: number, opId: string, command: EditorCommand, authorName = 'Ana'): LoggedOp => ({ revision, opId, clientId: authorName, authorName, command });
const renameUsers = (name: string): EditorCommand => ({ kind: 'updateTable', tableId: users.id, changes: { name } });

describe('sync state', () => {
  it('confirms its own operation without changing what is shown', () => {
    let state = local(startSync(doc, 1), 'mine', renameUsers('customers'));
    const shown = state.shown;
    const update = receiveOps(state, [op(2, 'mine', renameUsers('customers'), 'Me')], 0);
    state = update.state;
    expect(state.pending).toEqual([]);
    expect(state.revision).toBe(2);
    expect(state.shown).toBe(shown);
    expect(update.notices).toEqual([]);
  });

  it('drops a queued change to a column another person deleted, and says who', () => {
    let state = local(startSync(doc, 1), 'mine', { kind: 'updateColumn', tableId: orders.id, columnId: status.id, changes: { comment: 'shipping state' } });
    const update = receiveOps(state, [op(2, 'theirs', { kind: 'deleteTables', tableIds: [orders.id] })], 0);
    state = update.state;
    expect(update.notices).toEqual(['Your change to orders.status was dropped: Ana deleted the table orders.']);
    expect(state.pending).toEqual([]);
    expect(state.shown).toBe(state.confirmed);
  });

  it('keeps a sent change that no longer applies locally until the server answers, then reports the answer', () => {
    let state = local(startSync(doc, 1), 'mine', { kind: 'updateColumn', tableId: orders.id, columnId: status.id, changes: { comment: 'x' } });
    state = markSent(state, ['mine']);
    state = receiveOps(state, [op(2, 'theirs', { kind: 'deleteColumns', tableId: orders.id, columnIds: [status.id] })], 0).state;
    expect(state.pending.map((p) => p.opId)).toEqual(['mine']);
    const answer = receiveOutcomes(state, [{ opId: 'mine', status: 'rejected', code: 'not_found', reason: 'there is no column with that id' }], 0);
    expect(answer.notices).toEqual(['Your change to orders.status was dropped: Ana deleted the column orders.status.']);
    expect(answer.state.pending).toEqual([]);
  });

  it('tells the person when someone set the same property right after them (the later one wins)', () => {
    let state = local(startSync(doc, 1), 'mine', renameUsers('customers'));
    state = receiveOps(state, [op(2, 'mine', renameUsers('customers'), 'Me')], 1_000).state;
    const update = receiveOps(state, [op(3, 'theirs', renameUsers('clients'))], 2_000);
    expect(update.notices).toEqual(['Ana changed the name of customers after you did; theirs is kept ("clients").']);
    expect(update.state.shown.tables.find((t) => t.id === users.id)!.name).toBe('clients');
    // Much later, the same property changing is just an edit, not a clash.
    const later = receiveOps(update.state, [op(4, 'again', renameUsers('people'))], 2_000 + OVERWRITE_WINDOW_MS + 1);
    expect(later.notices).toEqual([]);
  });

  it('tells the person when someone deleted what they had just changed', () => {
    let state = local(startSync(doc, 1), 'mine', { kind: 'updateColumn', tableId: orders.id, columnId: status.id, changes: { nullable: true } });
    state = receiveOps(state, [op(2, 'mine', state.pending[0]!.command, 'Me')], 0).state;
    const update = receiveOps(state, [op(3, 'theirs', { kind: 'deleteTables', tableIds: [orders.id] })], 500);
    expect(update.notices).toEqual(['Ana deleted the table orders, which you had just changed.']);
  });

  it('rebases a queued change over someone else\'s change to another object: both stay', () => {
    let state = local(startSync(doc, 1), 'mine', renameUsers('customers'));
    const update = receiveOps(state, [op(2, 'theirs', { kind: 'updateTable', tableId: orders.id, changes: { comment: 'from Ana' } })], 0);
    state = update.state;
    expect(update.notices).toEqual([]);
    expect(update.touchedByOthers).toEqual([`table:${orders.id}`]);
    expect(state.shown.tables.find((t) => t.id === users.id)!.name).toBe('customers');
    expect(state.shown.tables.find((t) => t.id === orders.id)!.comment).toBe('from Ana');
  });

  it('two tables added at once with the same default name both survive: the later becomes the next free name', () => {
    const mine = newTable(doc, { position: { x: 0, y: 0 } }, counterIds('me'));
    const theirs = newTable(doc, { position: { x: 9, y: 9 } }, counterIds('them'));
    expect(mine.table.name).toBe(theirs.table.name);
    let state = local(startSync(doc, 1), 'mine', mine);
    // Theirs reached the server first; the server renamed mine on the way, the way the client's rebase does.
    const update = receiveOps(state, [op(2, 'theirs', theirs)], 0);
    state = update.state;
    expect(update.notices).toEqual([]);
    const names = state.shown.tables.map((t) => t.name);
    expect(names).toContain('table_6');
    expect(names).toContain('table_7');
    const renamed = state.pending[0]!.command;
    expect(renamed.kind === 'addTable' && renamed.table.name).toBe('table_7');
    state = receiveOps(state, [op(3, 'mine', renamed, 'Me')], 0).state;
    expect(state.pending).toEqual([]);
    expect(state.shown).toEqual(state.confirmed);
  });

  it('asks for a reset when the operations do not follow on from its revision', () => {
    const update = receiveOps(startSync(doc, 1), [op(3, 'skipped-one', renameUsers('x'))], 0);
    expect(update.needsReset).toBe(true);
    expect(update.state.revision).toBe(1);
  });

  it('ignores an operation it has seen already', () => {
    let state = receiveOps(startSync(doc, 1), [op(2, 'a', renameUsers('customers'))], 0).state;
    const again = receiveOps(state, [op(2, 'a', renameUsers('customers')), op(3, 'b', renameUsers('clients'))], 0);
    state = again.state;
    expect(again.needsReset).toBe(false);
    expect(state.revision).toBe(3);
  });
});

describe('describeChanges', () => {
  it('names changes by object and property, the way people name them', () => {
    const after = applyCommand(doc, { kind: 'batch', commands: [
      { kind: 'updateColumn', tableId: orders.id, columnId: status.id, changes: { comment: 'c' } },
      { kind: 'deleteTables', tableIds: [table('categories').id] },
      { kind: 'moveNodes', positions: { [users.id]: { x: 1, y: 2 } } },
    ] });
    if (!after.ok) throw new Error(after.error.message);
    const changes = describeChanges(doc, after.value.doc as DiagramDocument);
    expect(changes).toEqual(expect.arrayContaining([
      { key: `column:${orders.id}/${status.id}#comment`, object: `column:${orders.id}/${status.id}`, label: 'orders.status', property: 'comment', value: 'c', kind: 'changed' },
      { key: `table:${table('categories').id}`, object: `table:${table('categories').id}`, label: 'categories', kind: 'removed' },
      { key: `layout:${users.id}`, object: `layout:${users.id}`, label: 'the position of users', kind: 'changed' },
    ]));
  });
});
