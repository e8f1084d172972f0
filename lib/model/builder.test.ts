import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from './builder';
import { DiagramDocument } from './document';
import { emptyDocument } from './empty';
import { documentProblems, parseDocument } from './parse';
import { aColumn, aDocument, anIdColumn, anIndex, aRelationship, aTable } from './testing';

const expectValid = (doc: unknown) => {
  const result = parseDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(documentProblems(result.error), null, 2));
  return result.value;
};

describe('DiagramBuilder', () => {
  const shop = () => {
    const b = new DiagramBuilder('Shop', { readableIds: true, postgresVersion: 16 });
    b.extension('citext');
    b.enum('order_status', ['pending', 'paid'], 'sales');
    b.table('customers', (t) => t
      .column('id', 'bigint', { identity: 'always' })
      .column('email', 'citext', { nullable: false, unique: true })
      .column('name', 'text')
      .primaryKey('id')
      .check('length(name) > 0', 'customers_name_check')
      .index('customers_lower_name_idx', ['(lower(name)) DESC', 'email text_pattern_ops'], { where: 'name IS NOT NULL' })
      .dependency(['email'], ['name'], 'email identifies a customer')
      .volume(1000, 10)
      .accessPattern({ name: 'by email', filters: [{ column: 'email', operator: 'eq' }], orderBy: [{ column: 'name', direction: 'desc' }], select: ['id'] })
      .comment('People who buy.'));
    b.table('orders', (t) => t
      .column('id', 'bigint', { identity: 'by_default' })
      .column('customer_id', 'bigint', { nullable: false })
      .column('status', b.enumType('order_status'), { nullable: false, default: "'pending'" })
      .column('placed_at', 'timestamptz', { nullable: false, default: 'now()' })
      .primaryKey('id')
      .index('orders_customer_placed_idx', ['customer_id', 'placed_at DESC NULLS LAST'], { include: ['status'] }), { schema: 'sales' });
    b.foreignKey('orders', ['customer_id'], 'customers', ['id'], { onDelete: 'CASCADE', name: 'orders_customer_fk' });
    b.position('orders', 10, 20);
    return b;
  };

  it('builds a document that parses cleanly', () => {
    const doc = expectValid(shop().build());
    expect(doc.target.postgresVersion).toBe(16);
    expect(doc.schemas.map((s) => s.name)).toEqual(['public', 'sales']);
    expect(doc.tables.map((t) => [t.name, t.schemaId])).toEqual([['customers', 'sch_public'], ['orders', 'sch_sales']]);
    expect(doc.enums[0]).toMatchObject({ schemaId: 'sch_sales', values: [{ id: 'val_order_status_pending', name: 'pending' }, { id: 'val_order_status_paid', name: 'paid' }] });
  });

  it('derives readable ids from names', () => {
    const doc = shop().build();
    const customers = doc.tables[0]!;
    expect(customers.id).toBe('tbl_customers');
    expect(customers.columns.map((c) => c.id)).toEqual(['col_customers_id', 'col_customers_email', 'col_customers_name']);
    expect(customers.uniques[0]!.id).toBe('uq_customers_email');
    expect(doc.relationships[0]!.id).toBe('rel_orders_customer_id');
  });

  it('makes a repeated readable id unique with a counter', () => {
    const b = new DiagramBuilder('x', { readableIds: true });
    b.table('t', (t) => t.column('a', 'text').unique('a').unique('a'));
    expect(b.build().tables[0]!.uniques.map((u) => u.id)).toEqual(['uq_t_a', 'uq_t_a_2']);
  });

  it('keeps readable ids within the id length limit', () => {
    const b = new DiagramBuilder('x', { readableIds: true });
    const long = 'n'.repeat(63);
    b.table(long, (t) => t.column(long, 'text').column(`${long.slice(1)}m`, 'text'));
    expectValid(b.build());
  });

  it('gives random ids without readableIds', () => {
    const build = () => {
      const b = new DiagramBuilder('x');
      b.table('t', (t) => t.column('id', 'bigint', { identity: 'always' }).primaryKey('id'));
      return b.build();
    };
    const [a, b] = [build(), build()];
    expect(a.tables[0]!.id).toMatch(/^tbl_[0-9a-z]{10}$/);
    expect(a.tables[0]!.id).not.toBe(b.tables[0]!.id);
    expectValid(a);
  });

  it('reads index keys: expressions, direction, nulls order and operator classes', () => {
    const doc = shop().build();
    expect(doc.tables[0]!.indexes[0]!.keys).toEqual([
      { columnId: null, expression: 'lower(name)', order: 'desc', nulls: null, opclass: null, collation: null },
      { columnId: 'col_customers_email', expression: null, order: null, nulls: null, opclass: 'text_pattern_ops', collation: null },
    ]);
    expect(doc.tables[1]!.indexes[0]!.keys[1]).toMatchObject({ columnId: 'col_orders_placed_at', order: 'desc', nulls: 'last' });
    expect(doc.tables[1]!.indexes[0]!.include).toEqual(['col_orders_status']);
  });

  it('makes primary key and identity columns NOT NULL', () => {
    const b = new DiagramBuilder('x', { readableIds: true });
    b.table('t', (t) => t.column('a', 'text').column('b', 'integer', { identity: 'always' }).primaryKey('a'));
    expect(b.build().tables[0]!.columns.map((c) => c.nullable)).toEqual([false, false]);
  });

  it('returns a copy, so later building does not change a built document', () => {
    const b = shop();
    const first = b.build();
    b.table('extra', (t) => t.column('id', 'bigint'));
    expect(first.tables).toHaveLength(2);
    expect(b.build().tables).toHaveLength(3);
  });

  it('fails loudly on a name that does not exist (a bug in the template or test)', () => {
    const b = shop();
    expect(() => b.foreignKey('orders', ['nope'], 'customers', ['id'])).toThrow('DiagramBuilder: table "orders" has no column "nope"');
    expect(() => b.position('ghosts', 0, 0)).toThrow('DiagramBuilder: no table "ghosts"');
    expect(() => b.enumType('colour')).toThrow('DiagramBuilder: no enum "colour"');
  });
});

describe('test-data builders', () => {
  it('aDocument, aTable, aColumn, anIndex and aRelationship make a valid document', () => {
    const parent = aTable({ name: 'parents' });
    const fk = aColumn({ name: 'parent_id', type: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }, nullable: false });
    const child = aTable({ name: 'children', columns: [anIdColumn(), fk] });
    child.indexes.push(anIndex({ keys: [{ columnId: fk.id, expression: null, order: null, nulls: null, opclass: null, collation: null }] }));
    const rel = aRelationship({ fromTableId: child.id, fromColumnIds: [fk.id], toTableId: parent.id, toColumnIds: [parent.columns[0]!.id] });
    const doc = expectValid(aDocument({ tables: [parent, child], relationships: [rel] }));
    expect(doc.tables[1]!.primaryKey).toEqual({ name: null, columnIds: [child.columns[0]!.id] });
    expect(doc.relationships[0]).toMatchObject({ cardinality: '1:N', onDelete: 'NO ACTION' });
  });

  it('gives every object a fresh id', () => {
    expect(aTable().id).not.toBe(aTable().id);
    expect(aColumn().id).not.toBe(aColumn().id);
  });

  it('leaves out the primary key when the first column is not "id"', () => {
    expect(aTable({ columns: [aColumn({ name: 'code' })] }).primaryKey).toBeNull();
  });
});

describe('emptyDocument', () => {
  it('is valid, current and has only the public schema', () => {
    const doc = expectValid(emptyDocument('New'));
    expect(doc).toMatchObject({ name: 'New', formatVersion: 1, schemas: [{ id: 'sch_public', name: 'public' }], tables: [] });
    expect(DiagramDocument.parse(doc)).toEqual(doc);
  });
});
