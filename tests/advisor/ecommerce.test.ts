import { describe, expect, it } from 'vitest';
import { adviseDocument } from '../../lib/advisor';
import { describeIndex } from '../../lib/advisor/design';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';

/**
 * Expected answers, worked out by hand from lib/templates/ecommerce.ts:
 *  - "orders of a user, newest first" (user_id =, ORDER BY created_at DESC): orders_user_id_created_at_idx (user_id, created_at DESC).
 *  - "items of an order" (order_id =): the primary key (order_id, product_id) leads with order_id.
 *  - "products by category and price range" (category_id =, price BETWEEN, ORDER BY price): products_category_id_price_idx.
 *  - "active users by email" (email =, status = 'active'): the UNIQUE (email) constraint — email fixes at most one row, the
 *    status check runs on that row, so no partial index is needed.
 * No findings: every foreign key has an index (categories.parent_id has categories_parent_id_idx, which matters
 * because ON DELETE SET NULL makes each category delete look for children).
 */
describe('advisor on the e-commerce template', () => {
  it('proposes nothing for the served patterns and reports which index serves each', () => {
    const doc = ecommerceTemplate();
    const result = adviseDocument(doc);
    expect(result.proposals).toEqual([]);
    expect(Object.fromEntries(result.coverage.map((c) => [c.patternId, c.servedBy]))).toEqual({
      ap_users_active_users_by_email: { kind: 'existing', name: 'users_email_key' },
      ap_orders_orders_of_a_user__newest_first: { kind: 'existing', name: 'orders_user_id_created_at_idx' },
      ap_order_items_items_of_an_order: { kind: 'existing', name: 'order_items_pkey' },
      ap_products_products_by_category_and_price_range: { kind: 'existing', name: 'products_category_id_price_idx' },
    });
    expect(result.findings.map((f) => [f.code, f.tableId, f.columnIds])).toEqual([]);
    expect(result.findings.some((f) => f.code === 'INDEX_DUPLICATE' || f.code === 'INDEX_REDUNDANT_PREFIX')).toBe(false);
  });

  it('with its indexes removed, proposes exactly the two indexes the patterns need', () => {
    const doc = ecommerceTemplate();
    for (const table of doc.tables) table.indexes = [];
    const result = adviseDocument(doc);
    const proposed = result.proposals.map((p) => {
      const table = doc.tables.find((t) => t.id === p.tableId)!;
      return p.kind === 'index' ? `${table.name}: ${p.index.name} ${describeIndex(table, p.index)} for ${p.patternIds.join(', ')}` : p.id;
    });
    expect(proposed).toEqual([
      'products: products_category_id_price_idx (category_id, price) for ap_products_products_by_category_and_price_range',
      'orders: orders_user_id_created_at_idx (user_id, created_at DESC) for ap_orders_orders_of_a_user__newest_first',
    ]);
    // The users and order_items patterns stay served by the unique constraint and the primary key.
    expect(result.summary.patterns).toEqual({ served: 2, proposed: 2, unindexable: 0 });
    // order_items.product_id lost its index, but nothing deletes products or joins along it: not flagged.
    expect(result.findings.filter((f) => f.code === 'FK_WITHOUT_INDEX').map((f) => f.tableId)).toEqual(['tbl_categories']);
  });
});
