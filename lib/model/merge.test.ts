import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import type { DiagramDocument } from './document';
import { mergeDocuments } from './merge';
import { aColumn, aTable } from './testing';
import { validateReferences } from './validate';

const edit = (doc: DiagramDocument, change: (d: DiagramDocument) => void) => {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
};
const table = (doc: DiagramDocument, name: string) => doc.tables.find((t) => t.name === name)!;

describe('mergeDocuments', () => {
  const base = ecommerceTemplate();

  it('keeps edits to different objects from both sides', () => {
    const mine = edit(base, (d) => { table(d, 'users').name = 'customers'; });
    const theirs = edit(base, (d) => { d.tables.push(aTable({ name: 'coupons' })); });
    const { document, conflicts, fellBack } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(fellBack).toBe(false);
    expect(document.tables.map((t) => t.name)).toEqual(['customers', 'categories', 'products', 'orders', 'order_items', 'coupons']);
  });

  it('merges different properties of the same table', () => {
    const mine = edit(base, (d) => { table(d, 'orders').comment = 'All orders'; });
    const theirs = edit(base, (d) => { table(d, 'orders').columns.push(aColumn({ name: 'note' })); });
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(table(document, 'orders').comment).toBe('All orders');
    expect(table(document, 'orders').columns.at(-1)!.name).toBe('note');
  });

  it('reports the same property changed on both sides and lets the preferred side win', () => {
    const mine = edit(base, (d) => { table(d, 'users').name = 'members'; });
    const theirs = edit(base, (d) => { table(d, 'users').name = 'accounts'; });
    const theirsWins = mergeDocuments(base, mine, theirs);
    expect(theirsWins.conflicts).toHaveLength(1);
    expect(theirsWins.conflicts[0]!.path).toBe('tables[users].name');
    expect(theirsWins.conflicts[0]!.description).toContain('"members" here and to "accounts" there');
    expect(table(theirsWins.document, 'accounts')).toBeDefined();
    const mineWins = mergeDocuments(base, mine, theirs, { prefer: 'mine' });
    expect(table(mineWins.document, 'members')).toBeDefined();
  });

  it('inserts my new items after the item that precedes them in my list', () => {
    const mine = edit(base, (d) => { table(d, 'users').columns.splice(1, 0, aColumn({ name: 'nickname' })); });
    const theirs = edit(base, (d) => { table(d, 'users').columns.push(aColumn({ name: 'phone' })); });
    const names = table(mergeDocuments(base, mine, theirs).document, 'users').columns.map((c) => c.name);
    expect(names).toEqual(['id', 'nickname', 'email', 'full_name', 'status', 'created_at', 'phone']);
  });

  it('treats delete on one side and edit on the other as a conflict', () => {
    const mine = edit(base, (d) => { d.tables = d.tables.filter((t) => t.name !== 'categories'); d.relationships = d.relationships.filter((r) => ![table(base, 'categories').id].includes(r.toTableId) && r.fromTableId !== table(base, 'categories').id); });
    const theirs = edit(base, (d) => { table(d, 'categories').comment = 'Product tree'; });
    const result = mergeDocuments(base, mine, theirs);
    expect(result.conflicts.some((c) => c.description.includes('deleted here but changed there'))).toBe(true);
  });

  it('falls back to the preferred side whole when combining would break a reference', () => {
    const productsId = table(base, 'products').id;
    const categoryColumn = table(base, 'products').columns.find((c) => c.name === 'category_id')!.id;
    // mine deletes the column (and its FK and index); theirs adds an access pattern on it.
    const mine = edit(base, (d) => {
      const products = d.tables.find((t) => t.id === productsId)!;
      products.columns = products.columns.filter((c) => c.id !== categoryColumn);
      products.indexes = [];
      products.accessPatterns = [];
      d.relationships = d.relationships.filter((r) => !r.fromColumnIds.includes(categoryColumn));
    });
    const theirs = edit(base, (d) => {
      d.tables.find((t) => t.id === productsId)!.dependencies.push({ id: 'fd_new', determinant: [categoryColumn], dependent: [categoryColumn], note: '' });
    });
    const result = mergeDocuments(base, mine, theirs);
    expect(result.fellBack).toBe(true);
    expect(validateReferences(result.document)).toEqual([]);
    expect(result.document).toEqual(theirs);
  });

  it('merges layout positions keyed by id', () => {
    const usersId = table(base, 'users').id;
    const ordersId = table(base, 'orders').id;
    const mine = edit(base, (d) => { d.layout.nodes[usersId]!.x = 999; });
    const theirs = edit(base, (d) => { d.layout.nodes[ordersId]!.y = 555; });
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.layout.nodes[usersId]!.x).toBe(999);
    expect(document.layout.nodes[ordersId]!.y).toBe(555);
  });
});
