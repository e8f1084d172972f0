import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../lib/ddl/diff';
import { emitAll } from '../../lib/ddl/emit';
import type { DiagramDocument } from '../../lib/model/document';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { openPglite18, type TestDatabase } from '../support/databases';
import { catalogVsDocument, execAll, upAndDown } from '../support/roundtrip';

/** Changes to an existing schema, matched by id: renames stay renames, and the migrated catalog equals the new document. */
function edited(before: DiagramDocument): DiagramDocument {
  const doc = structuredClone(before);
  const table = (name: string) => doc.tables.find((t) => t.name === name)!;
  const users = table('users');
  users.name = 'customers';
  users.columns.find((c) => c.name === 'full_name')!.name = 'display_name';
  users.columns.find((c) => c.name === 'status')!.default = "'suspended'";
  users.columns.push({
    id: 'col_users_phone', name: 'phone', type: { kind: 'base', name: 'varchar', modifiers: [32], arrayDims: 0 }, nullable: true,
    default: null, identity: null, generated: null, collation: null, comment: 'E.164', snapshotOf: null,
  });
  const products = table('products');
  products.columns = products.columns.filter((c) => c.name !== 'attributes');
  products.columns.find((c) => c.name === 'price')!.type = { kind: 'base', name: 'numeric', modifiers: [14, 4], arrayDims: 0 };
  products.checks = [];
  products.indexes[0]!.name = 'products_by_category_price';
  products.indexes.push({
    id: 'idx_products_name', name: 'products_name_idx', method: 'btree', unique: false, nullsNotDistinct: false,
    keys: [{ columnId: products.columns.find((c) => c.name === 'name')!.id, expression: null, order: null, nulls: null, opclass: null, collation: null }],
    include: [], where: null, with: {}, comment: '',
  });
  table('categories').columns.find((c) => c.name === 'parent_id')!.nullable = true;
  table('orders').columns.find((c) => c.name === 'total')!.nullable = true;
  const status = doc.enums[0]!;
  status.values.find((v) => v.name === 'cancelled')!.name = 'canceled';
  status.values.splice(2, 0, { id: 'val_order_status_packed', name: 'packed' });
  doc.relationships.find((r) => r.id === 'rel_orders_user_id')!.onDelete = 'CASCADE';
  return doc;
}

describe('diff of an edited e-commerce schema', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  it('renames by id instead of dropping and adding', () => {
    const before = ecommerceTemplate();
    const ops = diff(before, edited(before));
    expect(ops.ok).toBe(true);
    if (!ops.ok) return;
    const kinds = ops.value.map((o) => o.kind);
    expect(kinds).not.toContain('drop_table');
    expect(kinds).not.toContain('create_table');
    expect(ops.value).toContainEqual({ kind: 'rename_table', table: { schema: 'public', name: 'users' }, to: 'customers' });
    expect(ops.value).toContainEqual({ kind: 'rename_column', table: { schema: 'public', name: 'customers' }, from: 'full_name', to: 'display_name' });
    expect(ops.value).toContainEqual({ kind: 'rename_enum_value', enum: { schema: 'public', name: 'order_status' }, from: 'cancelled', to: 'canceled' });
    expect(ops.value).toContainEqual({ kind: 'add_enum_value', enum: { schema: 'public', name: 'order_status' }, value: 'packed', before: 'shipped' });
    expect(ops.value).toContainEqual({ kind: 'rename_index', index: { schema: 'public', name: 'products_category_id_price_idx' }, to: 'products_by_category_price' });
    // Constraints named by default follow the table's new name, so an introspected database matches the diagram.
    expect(ops.value).toContainEqual({ kind: 'rename_constraint', table: { schema: 'public', name: 'customers' }, from: 'users_pkey', to: 'customers_pkey' });
    // Drops come first, foreign keys before everything.
    expect(kinds.indexOf('drop_constraint')).toBeLessThan(kinds.indexOf('rename_table'));
    expect(kinds.indexOf('rename_table')).toBeLessThan(kinds.indexOf('add_column'));
  });

  it('migrates a database built from the old document to exactly the new one', async () => {
    const before = ecommerceTemplate();
    const after = edited(before);
    await execAll(db, upAndDown(before).up);
    await db.exec(`INSERT INTO users (email, full_name) VALUES ('a@example.com', 'Ada')`);
    const ops = diff(before, after);
    if (!ops.ok) throw new Error(JSON.stringify(ops.error));
    await execAll(db, emitAll(ops.value));
    const { actual, expected } = await catalogVsDocument(db, after);
    expect(actual).toEqual(expected);
    // The renamed table kept its row and the renamed column its value.
    expect(await db.query(`SELECT display_name FROM customers`)).toEqual([{ display_name: 'Ada' }]);
    await execAll(db, upAndDown(after).down);
  });

  it('refuses what it cannot alter safely instead of dropping data', () => {
    const before = ecommerceTemplate();
    const after = structuredClone(before);
    after.enums[0]!.values.pop();
    const ops = diff(before, after);
    expect(!ops.ok && ops.error.map((e) => e.kind)).toEqual(['unsupported_change']);
  });
});
