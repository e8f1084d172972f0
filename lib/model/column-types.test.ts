import { describe, expect, it } from 'vitest';
import type { ColumnType } from './column-type';
import { ColumnType as ColumnTypeSchema } from './column-type';
import { catalogTypeBySpelling, TYPE_CATALOG } from './type-catalog';
import { typeFromShorthand } from './type-shorthand';
import { columnTypeProblem } from './validate-types';

const base = (name: string, modifiers: number[] = [], arrayDims = 0): ColumnType => ({ kind: 'base', name, modifiers, arrayDims });

describe('typeFromShorthand', () => {
  it.each([
    ['text', base('text')],
    ['varchar(255)', base('varchar', [255])],
    ['character varying(40)', base('varchar', [40])],
    ['numeric(12,2)', base('numeric', [12, 2])],
    ['numeric( 12 , 2 )', base('numeric', [12, 2])],
    ['numeric(5,-2)', base('numeric', [5, -2])],
    ['int4', base('integer')],
    ['INT8', base('bigint')],
    ['double precision', base('double precision')],
    ['timestamp with time zone', base('timestamptz')],
    ['text[]', base('text', [], 1)],
    ['int[][]', base('integer', [], 2)],
    ['vector(1536)', base('vector', [1536])],
    ['  uuid  ', base('uuid')],
  ])('reads %j', (spelling, expected) => {
    expect(typeFromShorthand(spelling)).toEqual(expected);
  });

  it.each([
    ['an unknown type', 'string', 'typeFromShorthand: unknown type "string"'],
    ['empty text', '', 'typeFromShorthand: unknown type ""'],
    ['empty parentheses', 'varchar()', 'typeFromShorthand: unknown type "varchar()"'],
    ['an unclosed parenthesis', 'varchar(10', 'typeFromShorthand: unknown type "varchar(10"'],
    ['a missing modifier after a comma', 'numeric(10,)', 'typeFromShorthand: bad modifiers in "numeric(10,)"'],
    ['a blank modifier', 'varchar( )', 'typeFromShorthand: bad modifiers in "varchar( )"'],
    ['a lone minus sign', 'varchar(-)', 'typeFromShorthand: bad modifiers in "varchar(-)"'],
    ['a custom type', 'geometry(Point,4326)', 'typeFromShorthand: unknown type "geometry(Point,4326)"'],
  ])('throws on %s', (_label, spelling, message) => {
    expect(() => typeFromShorthand(spelling)).toThrow(message);
  });

  it('reads every catalog spelling back to its key', () => {
    for (const entry of TYPE_CATALOG) {
      for (const spelling of [entry.key, entry.name, ...entry.aliases]) {
        expect(typeFromShorthand(spelling), spelling).toMatchObject({ kind: 'base', name: entry.key });
      }
    }
  });
});

describe('columnTypeProblem', () => {
  it.each([
    ['an unknown type', base('string'), 'unknown type "string"; use a catalog type (e.g. text, bigint, varchar, vector) or kind "custom"'],
    ['a vector without dimensions', base('vector'), 'vector needs dimensions, e.g. vector(1536)'],
    ['a halfvec without dimensions', base('halfvec'), 'halfvec needs dimensions, e.g. halfvec(1536)'],
    ['a vector of 20000 dimensions', base('vector', [20000]), 'vector dimensions must be between 1 and 16000 (got 20000)'],
    ['a vector of 0 dimensions', base('vector', [0]), 'vector dimensions must be between 1 and 16000 (got 0)'],
    ['text with a length', base('text', [10]), 'text takes no modifiers'],
    ['varchar with two modifiers', base('varchar', [10, 2]), 'varchar takes at most 1 modifier(s)'],
    ['varchar(0)', base('varchar', [0]), 'varchar length must be between 1 and 10485760 (got 0)'],
    ['timestamptz(7)', base('timestamptz', [7]), 'timestamptz precision must be between 0 and 6 (got 7)'],
    ['numeric(0)', base('numeric', [0]), 'numeric precision must be between 1 and 1000 (got 0)'],
    ['numeric(10,2000)', base('numeric', [10, 2000]), 'numeric scale must be between -1000 and 1000 (got 2000)'],
  ])('reports %s', (_label, type, message) => {
    expect(columnTypeProblem(type)).toBe(message);
  });

  it.each([
    ['vector(1536)', base('vector', [1536])],
    ['vector(16000)', base('vector', [16000])],
    ['sparsevec(100000)', base('sparsevec', [100000])],
    ['varchar', base('varchar')],
    ['numeric(12,2)', base('numeric', [12, 2])],
    ['numeric(5,-2)', base('numeric', [5, -2])],
    ['an enum', { kind: 'enum', enumId: 'enm_x', arrayDims: 0 }],
    ['a domain', { kind: 'domain', domainId: 'dom_x', arrayDims: 1 }],
    ['a custom type', { kind: 'custom', sql: 'geometry(Point,4326)' }],
  ] as [string, ColumnType][])('accepts %s', (_label, type) => {
    expect(columnTypeProblem(type)).toBeNull();
  });

  it('accepts every catalog type with its required modifiers at their minimum', () => {
    for (const entry of TYPE_CATALOG) {
      const modifiers = entry.modifiers.slice(0, entry.requiredModifiers).map((m) => Math.max(m.min, 1));
      expect(columnTypeProblem(base(entry.key, modifiers)), entry.key).toBeNull();
    }
  });
});

describe('the ColumnType schema', () => {
  it('fills in modifiers and array dimensions', () => {
    expect(ColumnTypeSchema.parse({ kind: 'base', name: 'text' })).toEqual(base('text'));
  });

  it.each([
    ['three modifiers', { kind: 'base', name: 'numeric', modifiers: [1, 2, 3] }],
    ['a fractional modifier', { kind: 'base', name: 'varchar', modifiers: [1.5] }],
    ['seven array dimensions', { kind: 'base', name: 'text', arrayDims: 7 }],
    ['a custom type that is SQL injection', { kind: 'custom', sql: 'text; DROP TABLE users' }],
    ['an enum with a bad id', { kind: 'enum', enumId: 'no spaces' }],
  ])('rejects %s', (_label, value) => {
    expect(ColumnTypeSchema.safeParse(value).success).toBe(false);
  });
});

describe('catalogTypeBySpelling', () => {
  it('ignores case and repeated spaces', () => {
    expect(catalogTypeBySpelling('  Character   Varying ')?.key).toBe('varchar');
  });
});
