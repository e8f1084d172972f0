import type { DiagramDocument, Table } from '../../lib/model';
import { introspect, type Queryable } from '../../lib/server/introspect';
import type { TestDatabase } from '../support/databases';

/**
 * A small shop with the dependencies discovery should find: addresses where
 * zip → city → state, orders that copy the customer's email, order items that
 * copy the product's price at order time, and a few columns of types that are
 * read as hashes (jsonb, text[]).
 */
export const SHOP_SQL = `
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL);
CREATE TABLE addresses (id integer PRIMARY KEY, street text NOT NULL, zip text NOT NULL, city text NOT NULL, state text NOT NULL);
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, attributes jsonb, tags text[]);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers(id), customer_email text NOT NULL, total numeric(10,2) NOT NULL);
CREATE TABLE order_items (id integer PRIMARY KEY, order_id integer NOT NULL REFERENCES orders(id), product_id integer NOT NULL REFERENCES products(id), unit_price numeric(10,2) NOT NULL, quantity integer NOT NULL);

INSERT INTO customers SELECT i, 'c' || i || '@shop.test', 'Customer ' || i FROM generate_series(1, 50) i;

-- 12 zips in 8 cities in 4 states (two cities per state, some cities with two zips).
CREATE TEMP TABLE zips (n int, zip text, city text, state text);
INSERT INTO zips VALUES
  (0,'10001','New York','NY'),(1,'10002','New York','NY'),(2,'14201','Buffalo','NY'),
  (3,'94103','San Francisco','CA'),(4,'94105','San Francisco','CA'),(5,'90001','Los Angeles','CA'),
  (6,'60601','Chicago','IL'),(7,'60602','Chicago','IL'),(8,'62701','Springfield','IL'),
  (9,'73301','Austin','TX'),(10,'77001','Houston','TX'),(11,'77002','Houston','TX');
INSERT INTO addresses SELECT i, (i % 173) || ' Main St', z.zip, z.city, z.state FROM generate_series(1, 400) i JOIN zips z ON z.n = (i * 7) % 12;

INSERT INTO products SELECT i, 'Product ' || i, 5 + i * 1.25, jsonb_build_object('color', CASE WHEN i % 2 = 0 THEN 'red' ELSE 'blue' END), ARRAY['t' || (i % 3)] FROM generate_series(1, 20) i;
INSERT INTO orders SELECT i, c.id, c.email, (i % 37) * 3.5 FROM generate_series(1, 600) i JOIN customers c ON c.id = (i * 7) % 50 + 1;
-- Three items per order, each a different product; quantities vary within an order and a product.
INSERT INTO order_items SELECT i, (i - 1) / 3 + 1, p.id, p.price, 1 + (i + i / 20) % 4 FROM generate_series(1, 1500) i JOIN products p ON p.id = (i * 11) % 20 + 1;
ANALYZE;
`;

export function queryable(db: TestDatabase): Queryable {
  return { query: async <T>(sql: string, params?: readonly unknown[]) => ({ rows: await db.query<T>(sql, params ? [...params] : undefined) }) };
}

/** The shop as a user would have it after connecting: introspected from the database. */
export async function introspectedShop(db: Queryable): Promise<DiagramDocument> {
  const read = await introspect(db, { name: 'shop' });
  if (!read.ok) throw new Error(read.error.message);
  return read.value.document;
}

export function tableNamed(doc: DiagramDocument, name: string): Table {
  const table = doc.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name} in ${doc.tables.map((t) => t.name).join(', ')}`);
  return table;
}

export function columnId(doc: DiagramDocument, table: string, column: string): string {
  const found = tableNamed(doc, table).columns.find((c) => c.name === column);
  if (!found) throw new Error(`no column ${table}.${column}`);
  return found.id;
}

/** `table: a,b -> c,d` for one suggestion, by names. */
export function spell(doc: DiagramDocument, s: { tableId: string; dependency: { determinant: string[]; dependent: string[] } | null }): string {
  const table = doc.tables.find((t) => t.id === s.tableId)!;
  const name = (id: string) => table.columns.find((c) => c.id === id)!.name;
  return `${table.name}: ${s.dependency!.determinant.map(name).join(',')} -> ${s.dependency!.dependent.map(name).join(',')}`;
}

/** Marks a column as a snapshot of another table's column. */
export function withSnapshot(doc: DiagramDocument, table: string, column: string, source: { table: string; column: string }): DiagramDocument {
  const sourceId = columnId(doc, source.table, source.column);
  return {
    ...doc,
    tables: doc.tables.map((t) => (t.name !== table ? t : {
      ...t, columns: t.columns.map((c) => (c.name === column ? { ...c, snapshotOf: { columnId: sourceId, note: 'copied at order time' } } : c)),
    })),
  };
}
