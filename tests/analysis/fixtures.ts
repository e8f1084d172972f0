import { DiagramBuilder, type DiagramDocument } from '../../lib/model';

export interface ShopOptions {
  /** Declare `customer_id → customer_email` on orders (a fact, so a violation is an error). */
  readonly declared?: boolean;
  /** Accept the declared violation with a justification (`doc.exceptions`). */
  readonly accepted?: boolean;
}

export const JUSTIFICATION = 'Invoices must show the e-mail the order was placed with; measured join cost on the hot path.';

/** customers(id, email) and orders(id, customer_id → customers, customer_email, created_at). */
export function shopDiagram(options: ShopOptions = {}): DiagramDocument {
  const b = new DiagramBuilder('Shop', { readableIds: true });
  b.table('customers', (t) => t.column('id', 'bigint', { identity: 'always' }).column('email', 'text', { nullable: false }).primaryKey('id').unique('email'));
  b.table('orders', (t) => {
    t.column('id', 'bigint', { identity: 'always' }).column('customer_id', 'bigint', { nullable: false })
      .column('customer_email', 'text', { nullable: false }).column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
      .primaryKey('id').index('orders_customer_id_idx', ['customer_id']);
    if (options.declared) t.dependency(['customer_id'], ['customer_email']);
  });
  b.foreignKey('orders', ['customer_id'], 'customers', ['id']);
  const doc = b.build();
  if (options.accepted) {
    doc.exceptions.push({
      id: 'exc_customer_email', code: 'NF3_TRANSITIVE_DEPENDENCY',
      subject: { tableId: 'tbl_orders', columnIds: ['col_orders_customer_id', 'col_orders_customer_email'], objectId: null },
      justification: JUSTIFICATION, evidence: '', createdAt: null, author: null,
    });
  }
  return doc;
}
