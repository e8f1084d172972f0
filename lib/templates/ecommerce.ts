import { DiagramBuilder } from '../model/builder';
import type { DiagramDocument } from '../model/document';

/**
 * The e-commerce orders schema: users place orders of products; order_items
 * records what was bought at which price. Keys are identity bigints, money is
 * numeric, times are timestamptz, every foreign key has an index.
 */
export function ecommerceTemplate(): DiagramDocument {
  const b = new DiagramBuilder('E-commerce orders', { readableIds: true });
  b.enum('order_status', ['pending', 'paid', 'shipped', 'delivered', 'cancelled']);
  b.table('users', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('email', 'text', { nullable: false })
    .column('full_name', 'text', { nullable: false })
    .column('status', 'text', { nullable: false, default: "'active'" })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .unique('email')
    .check("status IN ('active', 'suspended', 'deleted')", 'users_status_check')
    .volume(200_000, 10_000)
    .accessPattern({ name: 'active users by email', filters: [{ column: 'email', operator: 'eq' }, { column: 'status', operator: 'eq', constant: 'active' }], limit: 1, frequency: { count: 50, per: 'second' } })
    .comment('People who can sign in and place orders.'));
  b.table('categories', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('name', 'text', { nullable: false })
    .column('parent_id', 'bigint')
    .primaryKey('id')
    .unique('name')
    .index('categories_parent_id_idx', ['parent_id']));
  b.table('products', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('sku', 'text', { nullable: false })
    .column('name', 'text', { nullable: false })
    .column('category_id', 'bigint', { nullable: false })
    .column('price', 'numeric(12,2)', { nullable: false })
    .column('attributes', 'jsonb', { nullable: false, default: "'{}'::jsonb" })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .unique('sku')
    .check('price >= 0', 'products_price_check')
    .index('products_category_id_price_idx', ['category_id', 'price'])
    .volume(50_000, 1_000)
    .accessPattern({ name: 'products by category and price range', filters: [{ column: 'category_id', operator: 'eq' }, { column: 'price', operator: 'between' }], orderBy: [{ column: 'price' }], limit: 50, frequency: { count: 30, per: 'second' } }));
  b.table('orders', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('user_id', 'bigint', { nullable: false })
    .column('status', b.enumType('order_status'), { nullable: false, default: "'pending'" })
    .column('total', 'numeric(12,2)', { nullable: false, default: '0' })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .check('total >= 0', 'orders_total_check')
    .index('orders_user_id_created_at_idx', ['user_id', 'created_at DESC'])
    .volume(1_000_000, 80_000)
    .accessPattern({ name: 'orders of a user, newest first', filters: [{ column: 'user_id', operator: 'eq' }], orderBy: [{ column: 'created_at', direction: 'desc' }], limit: 20, frequency: { count: 40, per: 'second' } }));
  b.table('order_items', (t) => t
    .column('order_id', 'bigint', { nullable: false })
    .column('product_id', 'bigint', { nullable: false })
    .column('quantity', 'integer', { nullable: false })
    .column('unit_price', 'numeric(12,2)', { nullable: false, comment: 'Price of the product when the order was placed.' })
    .primaryKey('order_id', 'product_id')
    .check('quantity > 0', 'order_items_quantity_check')
    .index('order_items_product_id_idx', ['product_id'])
    .volume(3_000_000, 250_000)
    .accessPattern({ name: 'items of an order', filters: [{ column: 'order_id', operator: 'eq' }], frequency: { count: 40, per: 'second' } }));

  b.foreignKey('categories', ['parent_id'], 'categories', ['id'], { onDelete: 'SET NULL' });
  b.foreignKey('products', ['category_id'], 'categories', ['id'], { onDelete: 'RESTRICT' });
  b.foreignKey('orders', ['user_id'], 'users', ['id'], { onDelete: 'RESTRICT' });
  b.foreignKey('order_items', ['order_id'], 'orders', ['id'], { onDelete: 'CASCADE' });
  b.foreignKey('order_items', ['product_id'], 'products', ['id'], { onDelete: 'RESTRICT' });

  const doc = b.build();
  const unitPrice = b.tableNamed('order_items').columns.find((c) => c.name === 'unit_price')!;
  const price = b.tableNamed('products').columns.find((c) => c.name === 'price')!;
  const snapshot = doc.tables.find((t) => t.name === 'order_items')!.columns.find((c) => c.id === unitPrice.id)!;
  snapshot.snapshotOf = { columnId: price.id, note: 'Copied at order time so later price changes do not rewrite past orders.' };

  const positions: Record<string, [number, number]> = {
    users: [0, 0], orders: [360, 0], order_items: [720, 0], products: [720, 320], categories: [360, 360],
  };
  for (const table of doc.tables) {
    const [x, y] = positions[table.name]!;
    doc.layout.nodes[table.id] = { x, y, width: null, height: null, collapsed: false, hidden: false };
  }
  return doc;
}
