import type { DiagramDocument, Table } from '../model';
import type { DocumentChange, Fix } from './fix-types';
import { removeColumns } from './remove-columns';

type DropCopyFix = Extract<Fix, { kind: 'drop_copied_columns' }>;
export type DropCopyChange = Extract<DocumentChange, { kind: 'drop_copied_columns' }>;

/**
 * Drops columns that copy a referenced table's columns: the value is one join
 * away along the relationship, and a copy can disagree with its source. The
 * relationship must still exist, or the data would become unreachable.
 */
export function dropCopiedColumns(doc: DiagramDocument, table: Table, fix: DropCopyFix): DropCopyChange | string {
  const relationship = doc.relationships.find((r) => r.id === fix.relationshipId && r.fromTableId === table.id);
  if (!relationship) return `the relationship this fix relies on is no longer a foreign key of "${table.name}"`;
  if (fix.columnIds.some((id) => relationship.fromColumnIds.includes(id))) return 'the foreign key columns themselves cannot be dropped';
  const byId = new Map(table.columns.map((c) => [c.id, c]));
  if (fix.columnIds.some((id) => !byId.has(id))) return `table "${table.name}" no longer has all the columns of this fix`;
  if (fix.columnIds.some((id) => table.primaryKey?.columnIds.includes(id))) return 'a primary key column cannot be dropped by this fix';
  const droppedColumns = fix.columnIds.map((id, i) => ({ id, name: byId.get(id)!.name, sourceColumnId: fix.sourceColumnIds[i] ?? '' }));
  const dropped = removeColumns(doc, table, new Set(fix.columnIds), new Map(droppedColumns.map((c) => [c.id, c.sourceColumnId])));
  return { kind: 'drop_copied_columns', table: { id: table.id, name: table.name }, droppedColumns, relationshipId: relationship.id, dropped };
}
