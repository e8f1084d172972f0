import { describe, expect, it } from 'vitest';
import { documentToFlow } from '../../lib/canvas/to-flow';
import { describeColumn, describeObject, describeTableChange } from '../../lib/client/history/describe-changes';
import { compareDisplayDocument, tableHighlights } from '../../lib/client/history/display-document';
import { historyHref, parseHistoryView } from '../../lib/client/history/view-url';
import { compareDocuments } from '../../lib/model/compare';
import type { DiagramDocument } from '../../lib/model/document';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { reviewEdits } from './support/routes';

const edited = (change: (doc: DiagramDocument) => void) => {
  const doc = structuredClone(ecommerceTemplate());
  change(doc);
  return doc;
};

describe('the compare canvas document', () => {
  const from = ecommerceTemplate();
  const to = edited(reviewEdits);
  const changes = compareDocuments(from, to);

  it('is the newer document plus the removed table as a ghost where it stood, with its foreign keys', () => {
    const shown = compareDisplayDocument(from, to, changes);
    expect(shown.tables.map((t) => t.name)).toEqual([...to.tables.map((t) => t.name), 'categories']);
    const categories = from.tables.find((t) => t.name === 'categories')!;
    expect(from.layout.nodes[categories.id]).toBeDefined();
    expect(shown.layout.nodes[categories.id]).toEqual(from.layout.nodes[categories.id]);
    expect(shown.relationships).toHaveLength(from.relationships.length);
    // The newer document itself is untouched.
    expect(to.tables.map((t) => t.name)).not.toContain('categories');
    // Every relationship draws: the canvas finds both ends.
    expect(documentToFlow(shown).edges).toHaveLength(from.relationships.length);
  });

  it('puts a removed column back in its old place and keeps the types of removed enums readable', () => {
    const after = edited((d) => {
      const orders = d.tables.find((t) => t.name === 'orders')!;
      orders.columns = orders.columns.filter((c) => c.name !== 'status');
      d.enums = [];
    });
    const shown = compareDisplayDocument(from, after, compareDocuments(from, after));
    expect(shown.tables.find((t) => t.name === 'orders')!.columns.map((c) => c.name)).toEqual(['id', 'user_id', 'status', 'total', 'created_at']);
    const orders = documentToFlow(shown).nodes.find((n) => n.data.name === 'orders')!;
    expect(orders.data.columns.find((c) => c.name === 'status')!.type).toBe('order_status');
  });

  it('marks tables and columns: added green, removed red, changed amber', () => {
    const marks = tableHighlights(changes);
    const id = (name: string) => [...from.tables, ...to.tables].find((t) => t.name === name)!.id;
    expect(marks.get(id('customers'))).toEqual({ table: 'changed', columns: {} });
    expect(marks.get(id('orders'))).toEqual({ table: 'changed', columns: { col_orders_phone: 'added' } });
    expect(marks.get(id('categories'))!.table).toBe('removed');
    expect(Object.values(marks.get(id('categories'))!.columns)).toEqual(['removed', 'removed', 'removed']);
    expect(marks.has(id('products'))).toBe(false);
  });
});

describe('the change list in words', () => {
  it('names renames, column details and other objects', () => {
    const from = ecommerceTemplate();
    const to = edited((d) => {
      reviewEdits(d);
      const email = d.tables.find((t) => t.name === 'customers')!.columns.find((c) => c.name === 'email')!;
      email.type = { kind: 'base', name: 'varchar', modifiers: [320], arrayDims: 0 };
      email.nullable = true;
      email.default = "''";
    });
    const changes = compareDocuments(from, to);
    const customers = changes.tables.find((t) => t.name === 'customers')!;
    expect(describeTableChange(customers, from, to)).toMatchObject({
      title: 'customers (was users)',
      details: [{ status: 'changed', text: "email: type text → varchar(320), now nullable, default none → ''" }],
    });
    const phone = changes.tables.find((t) => t.name === 'orders')!.columns[0]!;
    expect(describeColumn(phone, from, to)).toBe('phone: added');
    // A removed table lists no column lines: the table itself says it.
    expect(describeTableChange(changes.tables.find((t) => t.name === 'categories')!, from, to).details).toEqual([]);
    expect(changes.objects.map(describeObject)).toEqual([
      'Relationship categories.parent_id → categories: removed',
      'Relationship products.category_id → categories: removed',
    ]);
  });
});

describe('the History page URL', () => {
  it('reads and writes the view', () => {
    expect(parseHistoryView({})).toEqual({ kind: 'none' });
    expect(parseHistoryView({ version: '3' })).toEqual({ kind: 'version', version: 3 });
    expect(parseHistoryView({ from: '2' })).toEqual({ kind: 'compare', from: 2, to: 'current' });
    expect(parseHistoryView({ from: 'current', to: ['4', '5'] })).toEqual({ kind: 'compare', from: 'current', to: 4 });
    for (const junk of [{ version: 'current' }, { version: '0' }, { from: 'x' }, { from: '2', to: 'empty' }]) {
      expect(parseHistoryView(junk)).toEqual({ kind: 'none' });
    }
    expect(historyHref('d1', { kind: 'compare', from: 2, to: 'current' })).toBe('/diagrams/d1/history?from=2&to=current');
    expect(historyHref('d1', { kind: 'version', version: 7 })).toBe('/diagrams/d1/history?version=7');
  });
});
