import { DiagramBuilder, type DiagramDocument } from '../../lib/model';
import type { Fix } from '../../lib/normalization/fix-types';

/**
 * The drawn schemas of the normalization issue, each with the fix the analysis
 * offers, rows to load (with repeated determinants, NULLs and quotes), and the
 * query that puts the data back together after the UP (it must equal the rows as
 * they were). `original` lists the old table's columns in their original order.
 */
export interface Scenario {
  readonly name: string;
  readonly before: DiagramDocument;
  readonly fix: Fix;
  readonly rows: string;
  readonly original: string;
  readonly rejoined: string;
}

const build = (define: (b: DiagramBuilder) => void) => {
  const b = new DiagramBuilder('Normalize', { readableIds: true });
  define(b);
  return b.build();
};

export function ordersScenario(): Scenario {
  return {
    name: 'orders: customer_id → customer_email',
    before: build((b) => b.table('orders', (t) => t.column('id', 'bigint').column('customer_id', 'bigint').column('customer_email', 'text')
      .column('total', 'numeric(10,2)', { nullable: false, default: '0' }).primaryKey('id').dependency(['customer_id'], ['customer_email']))),
    fix: { kind: 'decompose', tableId: 'tbl_orders', determinant: ['col_orders_customer_id'], dependent: ['col_orders_customer_email'], newTableName: 'customers' },
    rows: `INSERT INTO orders (id, customer_id, customer_email, total) VALUES
      (1, 10, 'ann@example.com', 5), (2, 10, 'ann@example.com', 7.5), (3, 11, 'o''brien@example.com', 1),
      (4, NULL, NULL, 2), (5, 12, NULL, 3), (6, 12, NULL, 4), (7, 13, 'cy@example.com', 0)`,
    original: 'SELECT id, customer_id, customer_email, total FROM orders ORDER BY id',
    rejoined: 'SELECT o.id, o.customer_id, c.customer_email, o.total FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id ORDER BY o.id',
  };
}

export function employeesScenario(): Scenario {
  return {
    name: 'employees: department_id → department_name (NOT NULL, indexed)',
    before: build((b) => b.table('employees', (t) => t.column('id', 'integer').column('name', 'text', { nullable: false })
      .column('department_id', 'integer', { nullable: false }).column('department_name', 'varchar(80)', { nullable: false, default: `'unassigned'` })
      .primaryKey('id').index('employees_department_name_idx', ['department_name']).check('length(department_name) > 0', 'department_name_not_empty'))),
    fix: { kind: 'decompose', tableId: 'tbl_employees', determinant: ['col_employees_department_id'], dependent: ['col_employees_department_name'], newTableName: 'departments' },
    rows: `INSERT INTO employees VALUES (1, 'Ada', 1, 'Research'), (2, 'Brian', 1, 'Research'), (3, 'Chen', 2, 'Sales'), (4, 'Dee', 3, 'unassigned')`,
    original: 'SELECT id, name, department_id, department_name FROM employees ORDER BY id',
    rejoined: 'SELECT e.id, e.name, e.department_id, d.department_name FROM employees e JOIN departments d ON d.department_id = e.department_id ORDER BY e.id',
  };
}

export function zipScenario(): Scenario {
  return {
    name: 'addresses: (country, zip) → city, state',
    before: build((b) => b.table('addresses', (t) => t.column('id', 'integer').column('street', 'text').column('country', 'char(2)').column('zip', 'text')
      .column('city', 'text').column('state', 'text').primaryKey('id'))),
    fix: {
      kind: 'decompose', tableId: 'tbl_addresses', determinant: ['col_addresses_country', 'col_addresses_zip'],
      dependent: ['col_addresses_city', 'col_addresses_state'], newTableName: 'postal_codes',
    },
    rows: `INSERT INTO addresses VALUES
      (1, '1 Main St', 'US', '10001', 'New York', 'NY'), (2, '2 Main St', 'US', '10001', 'New York', 'NY'),
      (3, '5 Rue', 'FR', '75001', 'Paris', NULL), (4, 'PO Box', NULL, NULL, NULL, NULL), (5, '9 Elm', 'US', '94105', 'San Francisco', 'CA'),
      (6, '3 High St', 'GB', NULL, NULL, NULL)`,
    original: 'SELECT id, street, country, zip, city, state FROM addresses ORDER BY id',
    rejoined: 'SELECT a.id, a.street, a.country, a.zip, p.city, p.state FROM addresses a LEFT JOIN postal_codes p ON p.country = a.country AND p.zip = a.zip ORDER BY a.id',
  };
}

export function phonesScenario(): Scenario {
  return {
    name: 'contacts: phone1..3 (repeating group)',
    before: build((b) => b.table('contacts', (t) => t.column('id', 'integer').column('name', 'text', { nullable: false })
      .column('phone1', 'text').column('phone2', 'text').column('phone3', 'text').primaryKey('id'))),
    fix: {
      kind: 'extract_values', tableId: 'tbl_contacts', columnIds: ['col_contacts_phone1', 'col_contacts_phone2', 'col_contacts_phone3'],
      newTableName: 'contact_phones', valueColumnName: 'phone', source: 'repeating_group',
    },
    rows: `INSERT INTO contacts VALUES (1, 'Ada', '555-1', '555-2', '555-3'), (2, 'Brian', NULL, '555-4', NULL), (3, 'Chen', NULL, NULL, NULL), (4, 'Dee', '555-1', NULL, '555-1')`,
    original: 'SELECT id, name, phone1, phone2, phone3 FROM contacts ORDER BY id',
    rejoined: `SELECT c.id, c.name,
      (SELECT phone FROM contact_phones p WHERE p.id = c.id AND p.position = 1) AS phone1,
      (SELECT phone FROM contact_phones p WHERE p.id = c.id AND p.position = 2) AS phone2,
      (SELECT phone FROM contact_phones p WHERE p.id = c.id AND p.position = 3) AS phone3
      FROM contacts c ORDER BY c.id`,
  };
}

export function tagsScenario(): Scenario {
  return {
    name: 'posts: tag_ids bigint[] (array of ids)',
    before: build((b) => b.table('posts', (t) => t.column('id', 'bigint').column('title', 'text').column('tag_ids', 'bigint[]').primaryKey('id'))),
    fix: { kind: 'extract_values', tableId: 'tbl_posts', columnIds: ['col_posts_tag_ids'], newTableName: 'post_tags', valueColumnName: 'tag_id', source: 'array' },
    // Element order comes back ascending (the child rows have no position), so the rows hold sorted arrays.
    rows: `INSERT INTO posts VALUES (1, 'a', '{1,2,3}'), (2, 'b', '{2}'), (3, 'c', NULL), (4, 'd', '{3,40}')`,
    original: 'SELECT id, title, tag_ids FROM posts ORDER BY id',
    rejoined: 'SELECT p.id, p.title, (SELECT array_agg(t.tag_id ORDER BY t.tag_id) FROM post_tags t WHERE t.id = p.id) AS tag_ids FROM posts p ORDER BY p.id',
  };
}

export function delimitedScenario(): Scenario {
  return {
    name: 'articles: labels as comma-separated text',
    before: build((b) => b.table('articles', (t) => t.column('id', 'integer').column('labels', 'text').primaryKey('id'))),
    fix: { kind: 'extract_values', tableId: 'tbl_articles', columnIds: ['col_articles_labels'], newTableName: 'article_labels', valueColumnName: 'label', source: 'delimited' },
    // The DOWN joins values sorted with ','; lists already in that form come back byte for byte.
    rows: `INSERT INTO articles VALUES (1, 'blue,red'), (2, 'green'), (3, NULL), (4, 'it''s,ok')`,
    original: 'SELECT id, labels FROM articles ORDER BY id',
    rejoined: `SELECT a.id, (SELECT string_agg(l.label, ',' ORDER BY l.label) FROM article_labels l WHERE l.id = a.id) AS labels FROM articles a ORDER BY a.id`,
  };
}

export function copiedEmailScenario(): Scenario {
  return {
    name: 'orders.customer_email copying customers.email (drop the copy)',
    before: build((b) => {
      b.table('customers', (t) => t.column('id', 'bigint').column('email', 'text', { nullable: false }).primaryKey('id'));
      b.table('orders', (t) => t.column('id', 'bigint').column('customer_id', 'bigint').column('customer_email', 'text').primaryKey('id'));
      b.foreignKey('orders', ['customer_id'], 'customers', ['id']);
    }),
    fix: {
      kind: 'drop_copied_columns', tableId: 'tbl_orders', columnIds: ['col_orders_customer_email'],
      relationshipId: 'rel_orders_customer_id', sourceColumnIds: ['col_customers_email'],
    },
    rows: `INSERT INTO customers VALUES (10, 'ann@example.com'), (11, 'bo@example.com');
      INSERT INTO orders VALUES (1, 10, 'ann@example.com'), (2, 10, 'ann@example.com'), (3, 11, 'bo@example.com'), (4, NULL, NULL)`,
    original: 'SELECT id, customer_id, customer_email FROM orders ORDER BY id',
    rejoined: 'SELECT o.id, o.customer_id, c.email AS customer_email FROM orders o LEFT JOIN customers c ON c.id = o.customer_id ORDER BY o.id',
  };
}

export const SCENARIOS = [ordersScenario, employeesScenario, zipScenario, phonesScenario, tagsScenario, delimitedScenario, copiedEmailScenario];
