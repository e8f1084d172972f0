import type { DiagramDocument } from '@/lib/model/document';
import type { Relationship } from '@/lib/model/relationship';
import type { Table } from '@/lib/model/table';
import type { FilterOperator } from '@/lib/model/requirements';
import { catalogType } from '@/lib/model/type-catalog';

export const columnName = (table: Table, id: string) => table.columns.find((c) => c.id === id)?.name ?? '?';

/** `orders → users via user_id`: child → parent along the foreign key columns. */
export function describeRelationship(doc: DiagramDocument, rel: Relationship): string {
  const from = doc.tables.find((t) => t.id === rel.fromTableId);
  const to = doc.tables.find((t) => t.id === rel.toTableId);
  const via = from ? rel.fromColumnIds.map((id) => columnName(from, id)).join(', ') : '?';
  return `${from?.name ?? '?'} → ${to?.name ?? '?'} via ${via}`;
}

/** Relationships a query on this table can join along: where it is the child or the parent. */
export function joinableRelationships(doc: DiagramDocument, table: Table): Relationship[] {
  return doc.relationships.filter((r) => r.fromTableId === table.id || r.toTableId === table.id);
}

/** Columns a nearest-neighbour search can run on: pgvector's vector types, plain (not arrays). */
export function vectorColumns(table: Table) {
  return table.columns.filter((c) => c.type.kind === 'base' && c.type.arrayDims === 0 && catalogType(c.type.name)?.category === 'vector');
}

/** Operators that take no value; their constant field is hidden. */
export const VALUELESS: ReadonlySet<FilterOperator> = new Set(['is_null', 'is_not_null']);

export const OPERATOR_LABELS: Record<FilterOperator, string> = {
  eq: '=', neq: '<>', in: 'IN (…)', lt: '<', lte: '<=', gt: '>', gte: '>=', between: 'BETWEEN', prefix: "LIKE 'x%'",
  is_null: 'IS NULL', is_not_null: 'IS NOT NULL', contains: '@> contains', contained_by: '<@ contained by',
  has_key: '? has key', jsonpath: '@? jsonpath', fulltext: '@@ full text',
};
