import { ident, literal, numberLiteral, qualified } from '../../sql/quote';
import type { PartitionBound } from '../../model/table-parts';
import type { ColumnDef, IndexKeyDef, ObjectRef } from '../schema-model';

/** SQL pieces shared by several emitters. Every name goes through `sql/quote`. */

export const refSql = (ref: ObjectRef) => qualified(ref.schema, ref.name);
export const refLabel = (ref: ObjectRef) => `${ref.schema}.${ref.name}`;
export const columnList = (columns: readonly string[]) => columns.map(ident).join(', ');

/** `"C"`, `"en_US"`, or `"pg_catalog"."C"` when the collation is schema-qualified. */
export function collationSql(collation: string): string {
  const parts = collation.split('.');
  return parts.length === 2 ? qualified(parts[0]!, parts[1]!) : ident(collation);
}

/**
 * A column definition inside CREATE TABLE or ADD COLUMN. Generated columns say
 * STORED explicitly: PostgreSQL 18 made VIRTUAL the default, and a virtual
 * column cannot be indexed.
 */
export function columnDefinition(column: ColumnDef): string {
  const parts = [ident(column.name), column.type];
  if (column.collation !== null) parts.push(`COLLATE ${collationSql(column.collation)}`);
  if (column.identity !== null) parts.push(`GENERATED ${column.identity === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
  else if (column.generated !== null) parts.push(`GENERATED ALWAYS AS (${column.generated}) STORED`);
  else if (column.default !== null) parts.push(`DEFAULT ${column.default}`);
  if (!column.nullable) parts.push('NOT NULL');
  return parts.join(' ');
}

/**
 * A partition bound value. Values are data, not SQL: numbers are written as
 * numbers, MINVALUE / MAXVALUE (and NULL in a list) as keywords, a value already
 * written as a quoted literal ('2025-01-01') as given, anything else quoted.
 */
export function boundValue(value: string): string {
  const trimmed = value.trim();
  if (/^(minvalue|maxvalue|null)$/i.test(trimmed)) return trimmed.toUpperCase();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return trimmed;
  if (/^'(?:[^']|'')*'$/.test(trimmed)) return trimmed;
  return literal(value);
}

export function partitionBoundSql(bound: PartitionBound): string {
  switch (bound.kind) {
    case 'range':
      return `FOR VALUES FROM (${bound.from.map(boundValue).join(', ')}) TO (${bound.to.map(boundValue).join(', ')})`;
    case 'list':
      return `FOR VALUES IN (${bound.values.map(boundValue).join(', ')})`;
    case 'hash':
      return `FOR VALUES WITH (MODULUS ${numberLiteral(bound.modulus)}, REMAINDER ${numberLiteral(bound.remainder)})`;
    case 'default':
      return 'DEFAULT';
  }
}

/** An index key: column or (expression), then COLLATE, operator class, ASC/DESC, NULLS FIRST/LAST. */
export function indexKeySql(key: IndexKeyDef): string {
  const parts = [key.column !== null ? ident(key.column) : `(${key.expression})`];
  if (key.collation !== null) parts.push(`COLLATE ${collationSql(key.collation)}`);
  if (key.opclass !== null) parts.push(key.opclass.split('.').map(ident).join('.'));
  if (key.order !== null) parts.push(key.order.toUpperCase());
  if (key.nulls !== null) parts.push(`NULLS ${key.nulls.toUpperCase()}`);
  return parts.join(' ');
}

/** A storage parameter value: numbers bare, words quoted as literals (`fastupdate = 'off'`). */
export function storageValue(value: string | number): string {
  return typeof value === 'number' ? numberLiteral(value) : literal(value);
}
