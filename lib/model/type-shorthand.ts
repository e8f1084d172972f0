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
  const modifiers = match[2] ? match[2].split(',').map((part) => Number(part.trim())) : [];
  const arrayDims = (match[3] ?? '').length / 2;
  return { kind: 'base', name: entry.key, modifiers, arrayDims };
}
