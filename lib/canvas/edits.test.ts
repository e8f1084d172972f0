import { describe, expect, it } from 'vitest';
import { validateReferences } from '../model/validate';
import { aDocument } from '../model/testing';
import { ecommerceTemplate } from '../templates/ecommerce';
import { addColumn, addTable, moveTable, renameColumn, renameDiagram, renameTable } from './edits';

const doc = ecommerceTemplate();
const table = (d: typeof doc, name: string) => d.tables.find((t) => t.name === name)!;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected the edit to succeed: ${result.error}`);
  return result.value;
}

describe('document edits', () => {
  it('adds table_N with an identity primary key at the given position', () => {
    const { document, tableId } = unwrap(addTable(doc, { x: 120, y: 80 }));
    const added = document.tables.find((t) => t.id === tableId)!;
    expect(added.name).toBe('table_6');
    expect(added.columns).toHaveLength(1);
    expect(added.columns[0]).toMatchObject({ name: 'id', type: { kind: 'base', name: 'bigint' }, identity: 'always', nullable: false });
    expect(added.primaryKey).toEqual({ name: null, columnIds: [added.columns[0]!.id] });
    expect(document.layout.nodes[tableId]).toMatchObject({ x: 120, y: 80 });
    expect(validateReferences(document)).toEqual([]);
    // Untouched tables are the same objects, so memoized canvas pieces stay put.
    expect(document.tables[0]).toBe(doc.tables[0]);
  });

  it('picks the next free table_N', () => {
    const first = unwrap(addTable(aDocument(), { x: 0, y: 0 })).document;
    const second = unwrap(addTable(first, { x: 0, y: 0 })).document;
    const renamed = unwrap(renameTable(second, second.tables[0]!.id, 'table_3'));
    expect(unwrap(addTable(renamed, { x: 0, y: 0 })).document.tables.map((t) => t.name)).toEqual(['table_3', 'table_2', 'table_4']);
  });

  it('renames a table and refuses a name that is taken or invalid', () => {
    const users = table(doc, 'users');
    expect(table(unwrap(renameTable(doc, users.id, 'customers')), 'customers').id).toBe(users.id);
    const taken = renameTable(doc, users.id, 'orders');
    expect(taken).toEqual({ ok: false, error: expect.stringContaining('"orders" is already used') });
    expect(renameTable(doc, users.id, '')).toEqual({ ok: false, error: 'a name cannot be empty' });
    expect(renameTable(doc, users.id, 'x'.repeat(64)).ok).toBe(false);
    expect(renameTable(doc, 'tbl_missing', 'x')).toEqual({ ok: false, error: expect.stringContaining('no table') });
  });

  it('adds a column of a quick type and renames columns', () => {
    const orders = table(doc, 'orders');
    const { document, columnId } = unwrap(addColumn(doc, orders.id, { name: 'note', type: 'varchar(255)' }));
    const note = table(document, 'orders').columns.at(-1)!;
    expect(note).toMatchObject({ id: columnId, name: 'note', nullable: true, type: { kind: 'base', name: 'varchar', modifiers: [255] } });
    const renamed = unwrap(renameColumn(document, orders.id, columnId, 'remark'));
    expect(table(renamed, 'orders').columns.at(-1)!.name).toBe('remark');
    expect(renameColumn(document, orders.id, columnId, 'total')).toEqual({ ok: false, error: expect.stringContaining('"total"') });
    expect(addColumn(doc, orders.id, { name: 'x', type: 'no_such_type' }).ok).toBe(false);
  });

  it('moves a table without touching the schema', () => {
    const users = table(doc, 'users');
    const moved = moveTable(doc, users.id, { x: 10, y: 20 });
    expect(moved.layout.nodes[users.id]).toEqual({ ...doc.layout.nodes[users.id], x: 10, y: 20 });
    expect(moved.tables).toBe(doc.tables);
    expect(moveTable(moved, users.id, { x: 10, y: 20 })).toBe(moved);
  });

  it('renames the diagram, trimming, and refuses an empty name', () => {
    expect(unwrap(renameDiagram(doc, '  Shop  ')).name).toBe('Shop');
    expect(renameDiagram(doc, '   ').ok).toBe(false);
  });
});
