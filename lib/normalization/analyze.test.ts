import { describe, expect, it } from 'vitest';
import { DiagramBuilder, parseDocument, type DiagramDocument } from '../model';
import { TEMPLATES } from '../templates';
import { analyzeDocument, analyzeTable, applyFix, type Finding } from './index';

function tableFindings(doc: DiagramDocument, name: string): Finding[] {
  const table = doc.tables.find((t) => t.name === name)!;
  const result = analyzeTable(doc, table.id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.findings;
}

/** Applies the finding's fix, checks the result parses, and returns it. */
function fixed(doc: DiagramDocument, f: Finding) {
  expect(f.fix).not.toBeNull();
  const outcome = applyFix(doc, f.fix!);
  if (!outcome.ok) throw new Error(outcome.error.message);
  expect(parseDocument(outcome.value.document).ok).toBe(true);
  return outcome.value;
}

function ordersWithCustomerEmail(): DiagramDocument {
  const b = new DiagramBuilder('shop', { readableIds: true });
  b.table('customers', (t) => t.column('id', 'bigint', { identity: 'always' }).column('email', 'text', { nullable: false }).primaryKey('id'));
  b.table('orders', (t) => t.column('id', 'bigint', { identity: 'always' }).column('customer_id', 'bigint', { nullable: false })
    .column('customer_email', 'text', { nullable: false }).column('total', 'numeric(12,2)').primaryKey('id')
    .index('orders_customer_email_idx', ['customer_email']));
  b.foreignKey('orders', ['customer_id'], 'customers', ['id']);
  b.position('orders', 100, 100);
  return b.build();
}

describe('inferred suggestions on drawn schemas', () => {
  it('orders.customer_email beside customer_id suggests customer_id → customer_email, and the fix drops the copy', () => {
    const doc = ordersWithCustomerEmail();
    const [f, ...rest] = tableFindings(doc, 'orders');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'SUGGESTED_COPIED_ATTRIBUTE', severity: 'warning', inferred: true, normalForm: '3NF',
      dependency: { determinant: ['col_orders_customer_id'], dependent: ['col_orders_customer_email'] },
    });
    expect(f!.confidence).toBeGreaterThan(0.5);
    expect(f!.message).toContain('orders.customer_email (copy of customers.email)');
    const { document, change } = fixed(doc, f!);
    expect(change).toMatchObject({ kind: 'drop_copied_columns', droppedColumns: [{ name: 'customer_email' }] });
    expect(change.dropped).toEqual([{ kind: 'index', id: 'idx_orders_customer_email_idx', name: 'orders_customer_email_idx' }]);
    expect(analyzeDocument(document).findings).toEqual([]);
  });

  it('employees.department_name beside department_id (departments has name) is a suggestion; declared, it is a 3NF error with a decomposition fix', () => {
    const build = (declare: boolean) => {
      const b = new DiagramBuilder('hr', { readableIds: true });
      b.table('departments', (t) => t.column('id', 'integer', { nullable: false }).column('name', 'text', { nullable: false }).primaryKey('id'));
      b.table('employees', (t) => {
        t.column('id', 'bigint', { identity: 'always' }).column('full_name', 'text', { nullable: false })
          .column('department_id', 'integer', { nullable: false }).column('department_name', 'text', { nullable: false }).primaryKey('id');
        if (declare) t.dependency(['department_id'], ['department_name']);
      });
      b.foreignKey('employees', ['department_id'], 'departments', ['id']);
      return b.build();
    };
    const suggested = tableFindings(build(false), 'employees');
    expect(suggested.map((f) => [f.code, f.severity, f.dependency])).toEqual([
      ['SUGGESTED_COPIED_ATTRIBUTE', 'warning', { determinant: ['col_employees_department_id'], dependent: ['col_employees_department_name'] }],
    ]);

    const doc = build(true);
    const declared = tableFindings(doc, 'employees');
    // Declared, the dependency is a fact: reported once, as an error, not again as a guess.
    expect(declared.map((f) => [f.code, f.severity, f.normalForm])).toEqual([['NF3_TRANSITIVE_DEPENDENCY', 'error', '3NF']]);
    expect(declared[0]!.message).toBe(
      'In "employees", department_name depends on department_id, which is not a key (the key is id): the key determines department_id and department_id determines department_name, so department_name is repeated for every row sharing department_id and can drift. Move department_name to a table keyed by department_id.',
    );
    const { document, change } = fixed(doc, declared[0]!);
    if (change.kind !== 'decompose') throw new Error('expected a decomposition');
    expect(change.newTable.name).toBe('departments_2'); // "departments" is taken
    expect(change.movedColumns.map((m) => m.name)).toEqual(['department_name']);
    expect(change.keyColumns.map((m) => m.name)).toEqual(['department_id']);
    expect(change.foreignKey).toMatchObject({ fromTableId: 'tbl_employees', fromColumnIds: ['col_employees_department_id'], toTableId: change.newTable.id });
    expect(change.keptKey).toEqual(['col_employees_id']);
    expect(analyzeDocument(document).summary).toEqual({ errors: 0, warnings: 0, infos: 0, accepted: 0 });
    expect(document.tables.find((t) => t.id === change.newTable.id)!.dependencies).toHaveLength(1); // the declared FD moved along
  });

  it('an address table with zip, city and state suggests zip → city, state; the fix makes a zips table', () => {
    const b = new DiagramBuilder('addr', { readableIds: true });
    b.table('addresses', (t) => t.column('id', 'bigint', { identity: 'always' }).column('street', 'text').column('zip', 'text')
      .column('city', 'text').column('state', 'text').primaryKey('id'));
    const doc = b.build();
    const [f, ...rest] = tableFindings(doc, 'addresses');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'SUGGESTED_ZIP_DEPENDENCY', inferred: true, confidence: 0.6, dependency: { determinant: ['col_addresses_zip'], dependent: ['col_addresses_city', 'col_addresses_state'] } });
    const { document, change } = fixed(doc, f!);
    expect(change).toMatchObject({ kind: 'decompose', newTable: { name: 'zips' } });
    expect(document.tables.map((t) => t.name)).toEqual(['addresses', 'zips']);
    expect(analyzeDocument(document).findings).toEqual([]);
  });

  it('with a country column the suggested determinant is (country, postal_code)', () => {
    const b = new DiagramBuilder('addr', { readableIds: true });
    b.table('sites', (t) => t.column('id', 'bigint', { identity: 'always' }).column('billing_postal_code', 'text')
      .column('billing_city', 'text').column('billing_country', 'text').primaryKey('id'));
    const [f] = tableFindings(b.build(), 'sites');
    expect(f!.dependency).toEqual({ determinant: ['col_sites_billing_country', 'col_sites_billing_postal_code'], dependent: ['col_sites_billing_city'] });
  });

  it('phone1, phone2, phone3 are a repeating group; the fix moves them to a child table', () => {
    const b = new DiagramBuilder('crm', { readableIds: true });
    b.table('contacts', (t) => t.column('id', 'bigint', { identity: 'always' }).column('name', 'text')
      .column('phone1', 'text').column('phone2', 'text').column('phone3', 'text').primaryKey('id'));
    const doc = b.build();
    const [f, ...rest] = tableFindings(doc, 'contacts');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'NF1_REPEATING_GROUP', normalForm: '1NF', severity: 'warning', columnIds: ['col_contacts_phone1', 'col_contacts_phone2', 'col_contacts_phone3'] });
    const { document, change } = fixed(doc, f!);
    if (change.kind !== 'extract_values') throw new Error('expected an extraction');
    expect(change.newTable.name).toBe('contacts_phones');
    expect(change.movedColumns.map((m) => [m.name, m.position])).toEqual([['phone1', 1], ['phone2', 2], ['phone3', 3]]);
    const child = document.tables.find((t) => t.name === 'contacts_phones')!;
    expect(child.columns.map((c) => c.name)).toEqual(['id', 'position', 'phone']);
    expect(analyzeDocument(document).findings).toEqual([]);
  });

  it('tag_ids bigint[] and a text tag_ids are multi-valued columns', () => {
    const b = new DiagramBuilder('blog', { readableIds: true });
    b.table('posts', (t) => t.column('id', 'bigint', { identity: 'always' }).column('tag_ids', 'bigint[]').column('editor_list', 'text')
      .column('labels', 'text[]').primaryKey('id'));
    const doc = b.build();
    const found = tableFindings(doc, 'posts');
    expect(found.map((f) => [f.code, f.columnIds[0], f.severity, f.confidence])).toEqual([
      ['NF1_MULTI_VALUED_COLUMN', 'col_posts_tag_ids', 'warning', 0.8],
      ['NF1_MULTI_VALUED_COLUMN', 'col_posts_editor_list', 'warning', 0.6],
      ['NF1_MULTI_VALUED_COLUMN', 'col_posts_labels', 'info', 0.35],
    ]);
    const { document } = fixed(doc, found[0]!);
    const child = document.tables.find((t) => t.name === 'posts_tags')!;
    expect(child.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }],
      ['tag_id', { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }],
    ]);
    expect(tableFindings(document, 'posts').map((f) => f.columnIds[0])).toEqual(['col_posts_editor_list', 'col_posts_labels']);
  });
});

describe('snapshots, exceptions and keys', () => {
  function orderItems(snapshot: boolean): DiagramDocument {
    const b = new DiagramBuilder('shop', { readableIds: true });
    b.table('products', (t) => t.column('id', 'bigint', { identity: 'always' }).column('price', 'numeric(12,2)', { nullable: false }).primaryKey('id'));
    b.table('order_items', (t) => t.column('order_id', 'bigint').column('product_id', 'bigint').column('quantity', 'integer')
      .column('unit_price', 'numeric(12,2)', { nullable: false }).primaryKey('order_id', 'product_id')
      .dependency(['product_id'], ['unit_price'], 'the price comes from the product'));
    b.foreignKey('order_items', ['product_id'], 'products', ['id']);
    const doc = b.build();
    if (snapshot) doc.tables[1]!.columns[3]!.snapshotOf = { columnId: 'col_products_price', note: 'price at the time of the order' };
    return doc;
  }

  it('order_items.unit_price depending on product_id is a 2NF error until it is marked as a snapshot', () => {
    const found = tableFindings(orderItems(false), 'order_items');
    expect(found.map((f) => [f.code, f.severity, f.dependency])).toEqual([
      ['NF2_PARTIAL_DEPENDENCY', 'error', { determinant: ['col_order_items_product_id'], dependent: ['col_order_items_unit_price'] }],
    ]);
    expect(found[0]!.message).toContain('only part of the key (order_id, product_id)');
    expect(tableFindings(orderItems(true), 'order_items')).toEqual([]);
  });

  it('an accepted exception keeps the finding, marks it accepted with the justification, and does not count it', () => {
    const doc = orderItems(false);
    doc.exceptions.push({
      id: 'exc_price', code: 'NF2_PARTIAL_DEPENDENCY',
      subject: { tableId: 'tbl_order_items', columnIds: ['col_order_items_unit_price', 'col_order_items_product_id'], objectId: null },
      justification: 'Prices are read 10,000 times a second; measured join cost is too high.', evidence: '', createdAt: null, author: null,
    });
    expect(parseDocument(doc).ok).toBe(true);
    const analysis = analyzeDocument(doc);
    expect(analysis.findings).toMatchObject([{ code: 'NF2_PARTIAL_DEPENDENCY', accepted: true, exceptionId: 'exc_price', justification: expect.stringContaining('10,000') }]);
    expect(analysis.summary).toEqual({ errors: 0, warnings: 0, infos: 0, accepted: 1 });
  });

  it('a NOT NULL unique constraint is a key; a nullable one is not', () => {
    const build = (nullable: boolean) => {
      const b = new DiagramBuilder('k', { readableIds: true });
      b.table('users', (t) => t.column('id', 'bigint', { identity: 'always' }).column('email', 'text', { nullable }).column('name', 'text')
        .primaryKey('id').unique('email').dependency(['email'], ['name']));
      return b.build();
    };
    const strict = analyzeTable(build(false), 'tbl_users');
    if (!strict.ok) throw new Error('no table');
    expect(strict.value.keys).toEqual([['col_users_id'], ['col_users_email']]);
    expect(strict.value.findings).toEqual([]);
    expect(tableFindings(build(true), 'users').map((f) => f.code)).toEqual(['NF3_TRANSITIVE_DEPENDENCY']);
  });

  it('a table without a key gets NO_KEY; street/city/zip gets a BCNF error without a fix', () => {
    const b = new DiagramBuilder('x', { readableIds: true });
    b.table('log', (t) => t.column('at', 'timestamptz').column('message', 'text'));
    b.table('streets', (t) => t.column('street', 'text').column('town', 'text').column('zip', 'text').primaryKey('street', 'town')
      .dependency(['zip'], ['town']));
    const doc = b.build();
    expect(tableFindings(doc, 'log').map((f) => f.code)).toEqual(['NO_KEY']);
    const [bcnf, ...rest] = tableFindings(doc, 'streets');
    expect(rest).toEqual([]);
    expect(bcnf).toMatchObject({ code: 'BCNF_NON_KEY_DETERMINANT', severity: 'warning', normalForm: 'BCNF', fix: null });
    expect(analyzeTable(doc, 'tbl_streets')).toMatchObject({ ok: true, value: { normalForm: '3NF', keys: [['col_streets_street', 'col_streets_town'], ['col_streets_street', 'col_streets_zip']] } });
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('the %s template has no findings (templates show good practice)', (_, template) => {
    expect(analyzeDocument(template.build()).findings).toEqual([]);
  });

  it('an unknown table id is a value, not a throw', () => {
    expect(analyzeTable(ordersWithCustomerEmail(), 'tbl_nope')).toMatchObject({ ok: false, error: { kind: 'table_not_found' } });
  });
});
