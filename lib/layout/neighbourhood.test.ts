import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { tablesWithinHops } from './neighbourhood';
import { tablesHiddenByFocus } from './visibility';

const doc = ecommerceTemplate();
const id = (name: string) => doc.tables.find((t) => t.name === name)!.id;
const names = (ids: Set<string>) => doc.tables.filter((t) => ids.has(t.id)).map((t) => t.name).sort();

describe('tablesWithinHops', () => {
  it('follows relationships both ways, one hop at a time', () => {
    expect(names(tablesWithinHops(doc, id('orders'), 0))).toEqual(['orders']);
    expect(names(tablesWithinHops(doc, id('orders'), 1))).toEqual(['order_items', 'orders', 'users']);
    expect(names(tablesWithinHops(doc, id('orders'), 2))).toEqual(['order_items', 'orders', 'products', 'users']);
    expect(names(tablesWithinHops(doc, id('orders'), 3))).toEqual(['categories', 'order_items', 'orders', 'products', 'users']);
  });

  it('survives a self-reference and an unknown table', () => {
    expect(names(tablesWithinHops(doc, id('categories'), 1))).toEqual(['categories', 'products']);
    expect(tablesWithinHops(doc, 'tbl_missing', 2).size).toBe(0);
  });
});

describe('tablesHiddenByFocus', () => {
  it('hides what is out of reach, and nothing without focus or with a missing table', () => {
    expect(names(new Set(tablesHiddenByFocus(doc, { tableId: id('users'), hops: 1 })))).toEqual(['categories', 'order_items', 'products']);
    expect(tablesHiddenByFocus(doc, null)).toBeNull();
    expect(tablesHiddenByFocus(doc, { tableId: 'tbl_gone', hops: 1 })).toBeNull();
  });
});
