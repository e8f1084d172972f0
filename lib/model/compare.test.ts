import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { compareDocuments, type TableChange } from './compare';
import type { DiagramDocument } from './document';
import { aColumn, aTable } from './testing';

const edit = (doc: DiagramDocument, change: (d: DiagramDocument) => void) => {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
};
const table = (doc: DiagramDocument, name: string) => doc.tables.find((t) => t.name === name)!;
const column = (doc: DiagramDocument, tableName: string, name: string) => table(doc, tableName).columns.find((c) => c.name === name)!;
const changeOf = (changes: readonly TableChange[], tableId: string) => changes.find((t) => t.tableId === tableId)!;

describe('compareDocuments', () => {
  const base = ecommerceTemplate();

  it('finds nothing between a document and its copy, and lists every table as unchanged', () => {
    const changes = compareDocuments(base, structuredClone(base));
    expect(changes.identical).toBe(true);
    expect(changes.objects).toEqual([]);
    expect(changes.tables.map((t) => [t.name, t.status])).toEqual(base.tables.map((t) => [t.name, 'unchanged']));
    expect(changes.summary).toEqual({
      tables: { added: 0, removed: 0, changed: 0 }, columns: { added: 0, removed: 0, changed: 0 }, objects: { added: 0, removed: 0, changed: 0 },
    });
  });

  it('ignores canvas positions, notes and requirements: they do not change the database', () => {
    const moved = edit(base, (d) => {
      d.layout.nodes[table(d, 'users').id] = { x: 900, y: 900, width: null, height: null, collapsed: true, hidden: false };
      table(d, 'orders').accessPatterns = [];
      table(d, 'orders').volume = null;
    });
    expect(compareDocuments(base, moved).identical).toBe(true);
  });

  it('reports a renamed table as one changed table with its old name, matched by id', () => {
    const renamed = edit(base, (d) => { table(d, 'users').name = 'customers'; });
    const changes = compareDocuments(base, renamed);
    const users = changeOf(changes.tables, table(base, 'users').id);
    expect(users).toMatchObject({ status: 'changed', name: 'customers', previousName: 'users', columns: [] });
    expect(users.properties).toEqual([{ property: 'name', before: 'users', after: 'customers' }]);
    expect(changes.summary.tables).toEqual({ added: 0, removed: 0, changed: 1 });
    // The relationship to it is the same object: its label follows the new name, but nothing about it changed.
    expect(changes.objects).toEqual([]);
  });

  it('reports added and removed tables with all their columns, the removed ones last', () => {
    const after = edit(base, (d) => {
      d.tables.push(aTable({ name: 'coupons', columns: [aColumn({ name: 'id' }), aColumn({ name: 'code' })] }));
      d.tables = d.tables.filter((t) => t.name !== 'categories');
      d.relationships = d.relationships.filter((r) => r.toTableId !== table(base, 'categories').id);
    });
    const changes = compareDocuments(base, after);
    expect(changes.tables.at(-2)).toMatchObject({ name: 'coupons', status: 'added' });
    expect(changes.tables.at(-2)!.columns.map((c) => [c.name, c.status])).toEqual([['id', 'added'], ['code', 'added']]);
    expect(changes.tables.at(-1)).toMatchObject({ name: 'categories', status: 'removed' });
    expect(changes.tables.at(-1)!.columns.every((c) => c.status === 'removed')).toBe(true);
    expect(changes.objects.filter((o) => o.kind === 'relationship').map((o) => [o.name, o.status])).toEqual([
      ['categories.parent_id → categories', 'removed'],
      ['products.category_id → categories', 'removed'],
    ]);
    expect(changes.summary).toMatchObject({ tables: { added: 1, removed: 1, changed: 0 }, columns: { added: 2, removed: 3, changed: 0 } });
  });

  it('says what changed on a column: name, type, nullability, default', () => {
    const after = edit(base, (d) => {
      const name = column(d, 'users', 'full_name');
      name.name = 'display_name';
      name.type = { kind: 'base', name: 'varchar', modifiers: [120], arrayDims: 0 };
      name.nullable = true;
      column(d, 'users', 'status').default = "'suspended'";
      table(d, 'users').columns.push(aColumn({ id: 'col_users_phone', name: 'phone' }));
      table(d, 'users').columns = table(d, 'users').columns.filter((c) => c.name !== 'created_at');
    });
    const users = changeOf(compareDocuments(base, after).tables, table(base, 'users').id);
    expect(users.status).toBe('changed');
    expect(users.previousName).toBeNull();
    expect(users.columns.map((c) => [c.name, c.status, c.previousName])).toEqual([
      ['display_name', 'changed', 'full_name'],
      ['status', 'changed', null],
      ['phone', 'added', null],
      ['created_at', 'removed', null],
    ]);
    expect(users.columns[0]!.changes).toEqual([
      { property: 'name', before: 'full_name', after: 'display_name' },
      { property: 'type', before: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 }, after: { kind: 'base', name: 'varchar', modifiers: [120], arrayDims: 0 } },
      { property: 'nullable', before: false, after: true },
    ]);
    expect(users.columns[1]!.changes).toEqual([{ property: 'default', before: "'active'", after: "'suspended'" }]);
  });

  it('reports table comments, keys and indexes', () => {
    const after = edit(base, (d) => {
      table(d, 'orders').comment = 'Every order ever placed.';
      const index = table(d, 'orders').indexes[0]!;
      index.name = 'orders_by_user';
      index.where = "status <> 'cancelled'";
      table(d, 'products').indexes = [];
    });
    const changes = compareDocuments(base, after);
    const orders = changeOf(changes.tables, table(base, 'orders').id);
    expect(orders.properties.map((p) => p.property)).toEqual(['comment']);
    expect(orders.indexes).toEqual([
      { indexId: table(base, 'orders').indexes[0]!.id, status: 'changed', name: 'orders_by_user', previousName: 'orders_user_id_created_at_idx', properties: ['name', 'where'] },
    ]);
    const products = changeOf(changes.tables, table(base, 'products').id);
    expect(products).toMatchObject({ status: 'changed', columns: [] });
    expect(products.indexes.map((i) => [i.name, i.status])).toEqual([['products_category_id_price_idx', 'removed']]);
  });

  it('reports enums and relationships that changed', () => {
    const after = edit(base, (d) => {
      d.enums[0]!.values.push({ id: 'val_refunded', name: 'refunded' });
      d.enums[0]!.name = 'order_state';
      d.relationships.find((r) => r.fromTableId === table(d, 'orders').id)!.onDelete = 'CASCADE';
    });
    const changes = compareDocuments(base, after);
    expect(changes.identical).toBe(false);
    expect(changes.objects).toEqual([
      expect.objectContaining({ kind: 'relationship', status: 'changed', name: 'orders.user_id → users', properties: ['onDelete'] }),
      expect.objectContaining({ kind: 'enum', status: 'changed', name: 'order_state', previousName: 'order_status', properties: ['name', 'values'] }),
    ]);
    // A column typed with the enum points at it by id: renaming the enum does not change the column.
    expect(changeOf(changes.tables, table(base, 'orders').id).status).toBe('unchanged');
  });

  it('is directional: swapping the documents swaps added and removed', () => {
    const after = edit(base, (d) => { d.tables.push(aTable({ name: 'coupons' })); });
    expect(compareDocuments(base, after).summary.tables.added).toBe(1);
    expect(compareDocuments(after, base).summary.tables.removed).toBe(1);
  });
});
