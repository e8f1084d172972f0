import type { ColumnType } from './column-type';
import { catalogTypeBySpelling } from './type-catalog';

/**
 * Reads a short type spelling such as `varchar(255)`, `numeric(10,2)`, `text[]`,
 * `vector(1536)` into a ColumnType. For builders, templates and tests; the SQL
 * importer uses the real PostgreSQL parser instead.
 */
export function typeFromShorthand(spelling: string): ColumnType {
  const match = /^\s*([a-z][a-z0-9 ]*?)\s*(?:\(([-\d,\s]+)\))?\s*((?:\[\])*)\s*$/i.exec(spelling);
  const entry = match ? catalogTypeBySpelling(match[1]!) : undefined;
  if (!match || !entry) throw new Error(`typeFromShorthand: unknown type "${spelling}"`);
  const parts = match[2] === undefined ? [] : match[2].split(',').map((part) => part.trim());
  // Number('') is 0, so `numeric(10,)` would quietly become numeric(10,0): reject it.
  if (parts.some((part) => !/^-?\d+$/.test(part))) throw new Error(`typeFromShorthand: bad modifiers in "${spelling}"`);
  const modifiers = parts.map(Number);
  const arrayDims = (match[3] ?? '').length / 2;
  return { kind: 'base', name: entry.key, modifiers, arrayDims };
}
