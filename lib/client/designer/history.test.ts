import { describe, expect, it } from 'vitest';
import type { DiagramDetail } from '../../api/dto';
import { ecommerceTemplate } from '../../templates/ecommerce';
import { createDesignerStore } from './store';

function open() {
  const document = ecommerceTemplate();
  const detail: DiagramDetail = {
    id: '00000000-0000-4000-8000-000000000002', name: document.name, revision: 1, tableCount: document.tables.length,
    createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', document,
  };
  const store = createDesignerStore(detail);
  const id = (name: string) => store.getState().document.tables.find((t) => t.name === name)?.id;
  return { store, detail, id };
}

describe('designer store: execute, undo, redo', () => {
  it('undoes and redoes edits, each one an operation for the server', () => {
    const { store, id } = open();
    const original = store.getState().document;
    store.getState().renameTable(id('users')!, 'customers');
    const added = store.getState().addTable({ x: 0, y: 0 });
    expect(added.ok).toBe(true);
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, editCount: 2, status: 'saving' });
    store.getState().undo();
    expect(id('table_6')).toBeUndefined();
    // The added table was selected; undoing it drops it from the selection.
    expect(store.getState().selectedTableId).toBeNull();
    store.getState().undo();
    expect(store.getState().document).toEqual(original);
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true, editCount: 4 });
    store.getState().redo();
    store.getState().redo();
    expect(id('customers')).toBeDefined();
    expect(id('table_6')).toBeDefined();
  });

  it('a refused command changes nothing and is not recorded', () => {
    const { store, id } = open();
    const result = store.getState().execute({ kind: 'updateTable', tableId: id('users')!, changes: { name: 'orders' } });
    expect(result.ok).toBe(false);
    expect(store.getState()).toMatchObject({ canUndo: false, editCount: 0 });
  });

  it('a drag of many pointer moves is one step, recorded when it ends', () => {
    const { store, id } = open();
    const users = id('users')!;
    const before = store.getState().document.layout.nodes[users];
    for (let i = 1; i <= 50; i++) store.getState().dragNodes({ [users]: { x: i * 2.4, y: i } });
    expect(store.getState().editCount).toBe(0);
    store.getState().endDrag();
    expect(store.getState().document.layout.nodes[users]).toMatchObject({ x: 120, y: 50 });
    expect(store.getState().dragPositions).toEqual({});
    store.getState().undo();
    expect(store.getState().document.layout.nodes[users]).toEqual(before);
    expect(store.getState().canUndo).toBe(false);
  });

  it('squashes repeated moves with one gesture key', () => {
    const { store, id } = open();
    const users = id('users')!;
    for (let i = 0; i < 5; i++) store.getState().execute({ kind: 'moveNodes', positions: { [users]: { x: i, y: i } } }, { squashKey: 'nudge' });
    store.getState().undo();
    expect(store.getState().canUndo).toBe(false);
  });

  it('forgets only the undo steps that would restore something another person changed since', () => {
    const { store, id } = open();
    const [users, orders] = [id('users')!, id('orders')!];
    store.getState().renameTable(users, 'customers');
    store.getState().renameTable(orders, 'purchases');
    expect(store.getState().sync.pending).toHaveLength(2);
    // Someone else comments on the users table (server revision 2).
    const update = store.getState().opsReceived([{ revision: 2, opId: 'remote-1', clientId: 'other', authorName: 'Ana', command: { kind: 'updateTable', tableId: users, changes: { comment: 'from Ana' } } }]);
    expect(update.needsReset).toBe(false);
    expect(store.getState().document.tables.find((t) => t.id === users)).toMatchObject({ name: 'customers', comment: 'from Ana' });
    // Undoing the users rename would put back a users table without Ana's comment, so that step is gone; the orders one stays.
    store.getState().undo();
    expect(store.getState().document.tables.find((t) => t.id === orders)!.name).toBe('orders');
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().document.tables.find((t) => t.id === users)).toMatchObject({ name: 'customers', comment: 'from Ana' });
    // The undo is an operation like any other.
    expect(store.getState().sync.pending.map((p) => p.command.kind)).toEqual(['updateTable', 'updateTable', 'patch']);
  });
});
