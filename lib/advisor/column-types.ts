import type { Column } from '../model/table-parts';

/** The catalog key of a plain (non-array) base type, else null. */
export function baseType(column: Column): string | null {
  return column.type.kind === 'base' && column.type.arrayDims === 0 ? column.type.name : null;
}

export const isArray = (column: Column): boolean => column.type.kind !== 'custom' && column.type.arrayDims > 0;

export function isTimeColumn(column: Column): boolean {
  const t = baseType(column);
  return t === 'timestamptz' || t === 'timestamp' || t === 'date';
}

export const isJsonb = (column: Column): boolean => baseType(column) === 'jsonb';

const NUMERIC_LITERAL_TYPES = new Set(['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision']);
export const isNumeric = (column: Column): boolean => NUMERIC_LITERAL_TYPES.has(baseType(column) ?? '');
export const isBoolean = (column: Column): boolean => baseType(column) === 'boolean';

/** Types too wide to copy into an index as INCLUDE columns. */
export function isWide(column: Column): boolean {
  if (isArray(column) || column.type.kind === 'custom') return true;
  const t = baseType(column);
  return t === 'jsonb' || t === 'json' || t === 'bytea' || t === 'xml' || t === 'tsvector'
    || t === 'vector' || t === 'halfvec' || t === 'sparsevec';
}

export function vectorType(column: Column): { type: 'vector' | 'halfvec' | 'sparsevec' | 'bit'; dimensions: number | null } | null {
  if (column.type.kind !== 'base' || column.type.arrayDims > 0) return null;
  const name = column.type.name;
  if (name !== 'vector' && name !== 'halfvec' && name !== 'sparsevec' && name !== 'bit') return null;
  return { type: name, dimensions: column.type.modifiers[0] ?? null };
}
