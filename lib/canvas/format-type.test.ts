import { describe, expect, it } from 'vitest';
import { aDocument } from '../model/testing';
import { typeFromShorthand } from '../model/type-shorthand';
import { formatColumnType, schemaLabel } from './format-type';

describe('formatColumnType', () => {
  const doc = aDocument({
    schemas: [{ id: 'sch_public', name: 'public' }, { id: 'sch_billing', name: 'billing' }],
    enums: [
      { id: 'enm_status', schemaId: 'sch_public', name: 'order_status', values: [{ id: 'val_a', name: 'a' }] },
      { id: 'enm_currency', schemaId: 'sch_billing', name: 'currency', values: [{ id: 'val_eur', name: 'EUR' }] },
    ],
    domains: [{ id: 'dom_email', schemaId: 'sch_public', name: 'email', baseType: { kind: 'base', name: 'text' } }],
  });

  it.each([
    ['varchar(255)', 'varchar(255)'],
    ['numeric(12,2)', 'numeric(12,2)'],
    ['text[]', 'text[]'],
    ['integer[][]', 'integer[][]'],
    ['timestamptz', 'timestamptz'],
    ['int8', 'bigint'],
    ['vector(1536)', 'vector(1536)'],
  ])('writes %s as %s', (shorthand, shown) => {
    expect(formatColumnType(doc, typeFromShorthand(shorthand))).toBe(shown);
  });

  it('names enums and domains, qualified outside public', () => {
    expect(formatColumnType(doc, { kind: 'enum', enumId: 'enm_status', arrayDims: 0 })).toBe('order_status');
    expect(formatColumnType(doc, { kind: 'enum', enumId: 'enm_currency', arrayDims: 1 })).toBe('billing.currency[]');
    expect(formatColumnType(doc, { kind: 'domain', domainId: 'dom_email', arrayDims: 0 })).toBe('email');
  });

  it('shows a dangling reference instead of hiding it', () => {
    expect(formatColumnType(doc, { kind: 'enum', enumId: 'enm_gone', arrayDims: 0 })).toBe('?enum');
  });

  it('keeps custom types verbatim', () => {
    expect(formatColumnType(doc, { kind: 'custom', sql: 'geometry(Point,4326)' })).toBe('geometry(Point,4326)');
  });

  it('labels only schemas other than public', () => {
    expect(schemaLabel(doc, 'sch_public')).toBeNull();
    expect(schemaLabel(doc, 'sch_billing')).toBe('billing');
  });
});
