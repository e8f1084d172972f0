import { describe, expect, it } from 'vitest';
import { aDocument, aTable } from '../model/testing';
import { ecommerceTemplate } from '../templates/ecommerce';
import { columnHandleId, documentToFlow, FALLBACK_GRID } from './to-flow';

describe('documentToFlow', () => {
  const doc = ecommerceTemplate();
  const tableId = (name: string) => doc.tables.find((t) => t.name === name)!.id;
  const columnId = (table: string, column: string) =>
    doc.tables.find((t) => t.name === table)!.columns.find((c) => c.name === column)!.id;

  it('makes one node per table at its stored position', () => {
    const { nodes } = documentToFlow(doc);
    expect(nodes.map((n) => n.data.name)).toEqual(['users', 'categories', 'products', 'orders', 'order_items']);
    const orders = nodes.find((n) => n.id === tableId('orders'))!;
    expect(orders.position).toEqual({ x: 360, y: 0 });
    expect(orders.type).toBe('table');
    expect(orders.data.schema).toBeNull();
  });

  it('describes columns with their type and PK / FK / NOT NULL markers', () => {
    const orders = documentToFlow(doc).nodes.find((n) => n.id === tableId('orders'))!;
    expect(orders.data.columns).toEqual([
      { id: columnId('orders', 'id'), name: 'id', type: 'bigint', primaryKey: true, foreignKey: false, notNull: true, unique: false, comment: '' },
      { id: columnId('orders', 'user_id'), name: 'user_id', type: 'bigint', primaryKey: false, foreignKey: true, notNull: true, unique: false, comment: '' },
      { id: columnId('orders', 'status'), name: 'status', type: 'order_status', primaryKey: false, foreignKey: false, notNull: true, unique: false, comment: '' },
      { id: columnId('orders', 'total'), name: 'total', type: 'numeric(12,2)', primaryKey: false, foreignKey: false, notNull: true, unique: false, comment: '' },
      { id: columnId('orders', 'created_at'), name: 'created_at', type: 'timestamptz', primaryKey: false, foreignKey: false, notNull: true, unique: false, comment: '' },
    ]);
    const categories = documentToFlow(doc).nodes.find((n) => n.id === tableId('categories'))!;
    expect(categories.data.columns.find((c) => c.name === 'parent_id')).toMatchObject({ foreignKey: true, notNull: false });
  });

  it('draws each foreign key from the child column to the parent column, facing each other', () => {
    const { edges } = documentToFlow(doc);
    expect(edges).toHaveLength(5);
    // orders (x 360) references users (x 0): leave orders on the left, enter users on the right.
    const ordersToUsers = edges.find((e) => e.source === tableId('orders') && e.target === tableId('users'))!;
    expect(ordersToUsers.sourceHandle).toBe(columnHandleId(columnId('orders', 'user_id'), 'left'));
    expect(ordersToUsers.targetHandle).toBe(columnHandleId(columnId('users', 'id'), 'right'));
    expect(ordersToUsers.data).toEqual({ cardinality: '1:N', optional: false });
    // products (x 720) references categories (x 360).
    const productsToCategories = edges.find((e) => e.source === tableId('products'))!;
    expect(productsToCategories.sourceHandle).toBe(columnHandleId(columnId('products', 'category_id'), 'left'));
    // order_items and products are stacked (same x): out and back in on the right.
    const stacked = edges.find((e) => e.source === tableId('order_items') && e.target === tableId('products'))!;
    expect([stacked.sourceHandle, stacked.targetHandle]).toEqual([
      columnHandleId(columnId('order_items', 'product_id'), 'right'),
      columnHandleId(columnId('products', 'id'), 'right'),
    ]);
    // categories.parent_id is a self-reference and nullable.
    const self = edges.find((e) => e.source === tableId('categories') && e.target === tableId('categories'))!;
    expect([self.sourceHandle, self.targetHandle]).toEqual([
      columnHandleId(columnId('categories', 'parent_id'), 'right'),
      columnHandleId(columnId('categories', 'id'), 'right'),
    ]);
    expect(self.data.optional).toBe(true);
  });

  it('marks the selected table and only that one', () => {
    const { nodes } = documentToFlow(doc, tableId('products'));
    expect(nodes.filter((n) => n.selected).map((n) => n.data.name)).toEqual(['products']);
  });

  it('places tables without a stored position on a grid below the placed ones', () => {
    const placed = aTable({ name: 'placed' });
    const loose = [aTable({ name: 'a' }), aTable({ name: 'b' }), aTable({ name: 'c' }), aTable({ name: 'd' }), aTable({ name: 'e' })];
    const withLoose = aDocument({
      tables: [placed, ...loose],
      layout: { nodes: { [placed.id]: { x: 40, y: 100 } } },
    });
    const positions = documentToFlow(withLoose).nodes.map((n) => n.position);
    const top = 100 + FALLBACK_GRID.cellHeight;
    expect(positions).toEqual([
      { x: 40, y: 100 },
      { x: 0, y: top },
      { x: FALLBACK_GRID.cellWidth, y: top },
      { x: 2 * FALLBACK_GRID.cellWidth, y: top },
      { x: 3 * FALLBACK_GRID.cellWidth, y: top },
      { x: 0, y: top + FALLBACK_GRID.cellHeight },
    ]);
  });

  it('labels a table outside public with its schema and hides hidden tables', () => {
    const table = aTable({ name: 'invoices', schemaId: 'sch_billing' });
    const withSchema = aDocument({
      schemas: [{ id: 'sch_public', name: 'public' }, { id: 'sch_billing', name: 'billing' }],
      tables: [table],
      layout: { nodes: { [table.id]: { x: 0, y: 0, hidden: true } } },
    });
    const [node] = documentToFlow(withSchema).nodes;
    expect(node!.data.schema).toBe('billing');
    expect(node!.hidden).toBe(true);
  });

  it('marks single-column unique columns, lists indexes and draws notes and areas', () => {
    const users = documentToFlow(doc).nodes.find((n) => n.id === tableId('users'))!;
    expect(users.data.columns.find((c) => c.name === 'email')!.unique).toBe(true);
    const products = documentToFlow(doc).nodes.find((n) => n.id === tableId('products'))!;
    expect(products.data.indexes).toEqual([expect.objectContaining({ name: 'products_category_id_price_idx', method: 'btree', partial: false })]);
    const withExtras = { ...doc, notes: [{ id: 'note_1', text: 'hi', color: '#fef08a' }], areas: [{ id: 'area_1', name: 'core', color: '#bfdbfe', tableIds: [] }] };
    const flow = documentToFlow(withExtras, { nodeIds: ['note_1'], edgeId: null });
    expect(flow.notes[0]).toMatchObject({ type: 'note', selected: true, data: { text: 'hi' } });
    expect(flow.areas[0]).toMatchObject({ type: 'area', zIndex: -1, style: { width: 480, height: 320 } });
  });

  it('is a pure function of its input', () => {
    expect(documentToFlow(doc, tableId('users'))).toEqual(documentToFlow(structuredClone(doc), tableId('users')));
  });
});
