import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { parseDocument } from './parse';
import { aDocument, aTable } from './testing';

describe('parseDocument', () => {
  it('accepts the e-commerce template', () => {
    const result = parseDocument(ecommerceTemplate());
    if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
    expect(result.value.tables.map((t) => t.name)).toEqual(['users', 'categories', 'products', 'orders', 'order_items']);
  });

  it('reports a duplicate id with the path of the second use', () => {
    const table = aTable({ name: 'a' });
    const doc = aDocument({ tables: [table, { ...table, name: 'b' }] });
    const result = parseDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid_document');
    expect(JSON.stringify(result.error)).toContain('duplicate id');
  });
});

describe('defaults', () => {
  it('gives every parsed document its own layout (zod clones defaults only shallowly)', () => {
    const a = aDocument();
    const b = aDocument();
    a.layout.nodes.x = { x: 1, y: 2, width: null, height: null, collapsed: false, hidden: false };
    expect(b.layout.nodes).toEqual({});
  });
});
