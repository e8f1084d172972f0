import type { Table } from '../model/table';
import type { IndexKey, IndexMethod } from '../model/table-parts';
import { predicateClauses } from './predicates';

/**
 * Every index a table has, whatever declared it: the primary key and unique
 * constraints are B-tree unique indexes too, and they serve queries like any other.
 */
export interface IndexShape {
  readonly source: 'primary_key' | 'unique' | 'index';
  /** The index or unique constraint id; null for the primary key. */
  readonly objectId: string | null;
  readonly name: string;
  readonly method: IndexMethod;
  readonly unique: boolean;
  readonly keys: readonly Pick<IndexKey, 'columnId' | 'expression' | 'order' | 'nulls' | 'opclass'>[];
  readonly include: readonly string[];
  /** The predicate's clauses, normalized (`predicates.ts`); empty for a full index. */
  readonly clauses: readonly string[];
}

const plainKey = (columnId: string) => ({ columnId, expression: null, order: null, nulls: null, opclass: null });

export function indexShapes(table: Table): IndexShape[] {
  const shapes: IndexShape[] = [];
  if (table.primaryKey) {
    shapes.push({
      source: 'primary_key', objectId: null, name: table.primaryKey.name ?? `${table.name}_pkey`, method: 'btree', unique: true,
      keys: table.primaryKey.columnIds.map(plainKey), include: [], clauses: [],
    });
  }
  for (const u of table.uniques) {
    shapes.push({
      source: 'unique', objectId: u.id, name: u.name ?? `${table.name}_${u.columnIds.map((id) => table.columns.find((c) => c.id === id)?.name ?? id).join('_')}_key`, method: 'btree', unique: true,
      keys: u.columnIds.map(plainKey), include: [], clauses: [],
    });
  }
  for (const i of table.indexes) {
    shapes.push({
      source: 'index', objectId: i.id, name: i.name, method: i.method, unique: i.unique,
      keys: i.keys, include: i.include, clauses: predicateClauses(i.where),
    });
  }
  return shapes;
}

/** Keys compare equal when they index the same column or expression with the same order, nulls placement and operator class. */
export function sameKey(a: IndexShape['keys'][number], b: IndexShape['keys'][number]): boolean {
  return a.columnId === b.columnId && normalizeExpression(a.expression) === normalizeExpression(b.expression)
    && (a.order ?? 'asc') === (b.order ?? 'asc') && effectiveNulls(a) === effectiveNulls(b) && (a.opclass ?? null) === (b.opclass ?? null);
}

/** PostgreSQL's default: NULLS LAST for ascending keys, NULLS FIRST for descending ones. */
export function effectiveNulls(key: Pick<IndexKey, 'order' | 'nulls'>): 'first' | 'last' {
  return key.nulls ?? (key.order === 'desc' ? 'first' : 'last');
}

export function normalizeExpression(expression: string | null): string | null {
  return expression === null ? null : expression.replace(/\s+/g, '').replace(/"/g, '').toLowerCase();
}

export const sameClauses = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((c) => b.includes(c));
