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
  it('undoes and redoes edits, counting each as an edit for the autosaver', () => {
    const { store, id } = open();
    const original = store.getState().document;
    store.getState().renameTable(id('users')!, 'customers');
    const added = store.getState().addTable({ x: 0, y: 0 });
    expect(added.ok).toBe(true);
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, editCount: 2, status: 'dirty' });
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

  it('clears the history when a different document is adopted from the server', () => {
    const { store, id, detail } = open();
    store.getState().renameTable(id('users')!, 'customers');
    const theirs = ecommerceTemplate();
    theirs.tables[0]!.comment = 'changed elsewhere';
    store.getState().adoptTheirs({ ...detail, revision: 2, document: theirs });
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: false });
    store.getState().undo();
    expect(store.getState().document).toEqual(theirs);
  });
});
