import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { buildSearchIndex, searchEntries } from './search-index';

const index = buildSearchIndex(ecommerceTemplate());
const top = (query: string, n = 3) => searchEntries(index, query).slice(0, n).map((h) => (h.kind === 'table' ? h.name : `${h.tableName}.${h.name}`));

describe('search', () => {
  it('indexes every table and column, tables first', () => {
    expect(index.filter((e) => e.kind === 'table')).toHaveLength(5);
    expect(index.filter((e) => e.kind === 'column')).toHaveLength(5 + 3 + 7 + 5 + 4);
    expect(index[0]!.kind).toBe('table');
    expect(index.find((e) => e.name === 'price')!.detail).toBe('numeric(12,2)');
  });

  it('ranks an exact name first, then prefixes, then substrings', () => {
    expect(top('orders', 1)).toEqual(['orders']);
    expect(top('order')).toEqual(['orders', 'order_items', 'order_items.order_id']);
    expect(top('email', 1)).toEqual(['users.email']);
  });

  it('matches table.column, letters in order, and comments', () => {
    expect(top('products.cat', 1)).toEqual(['products.category_id']);
    expect(top('ordit', 1)).toEqual(['order_items']);
    expect(top('sign in', 1)).toEqual(['users']);
  });

  it('finds nothing for nonsense, everything for an empty query', () => {
    expect(searchEntries(index, 'zzzz')).toEqual([]);
    expect(searchEntries(index, '  ', 100)).toHaveLength(index.length);
  });
});
