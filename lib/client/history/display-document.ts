import type { ChangeStatus, DocumentChanges } from '../../model/compare';
import type { DiagramDocument } from '../../model/document';

/** How a table or a column row is marked on the compare canvas. */
export type DiffMark = ChangeStatus;

export interface TableHighlight {
  /** The whole table: added, removed (a ghost), or changed (itself or anything in it). */
  readonly table: DiffMark;
  readonly columns: Readonly<Record<string, DiffMark>>;
}

/**
 * The document the compare canvas draws: the newer one, plus the ghosts of
 * what it no longer has — removed tables where they used to stand, removed
 * columns back in their old place, the relationships between them and the
 * enums and domains their types name — so a removal can be seen where it
 * happened. For display only: it may break rules a saved document keeps (a
 * ghost column may share a name with a new one), so it is never stored.
 */
export function compareDisplayDocument(from: DiagramDocument, to: DiagramDocument, changes: DocumentChanges): DiagramDocument {
  const shown = structuredClone(to);
  const fromTable = (id: string) => from.tables.find((t) => t.id === id);
  for (const change of changes.tables) {
    if (change.status === 'removed') {
      const ghost = fromTable(change.tableId);
      if (!ghost) continue;
      shown.tables.push(structuredClone(ghost));
      const at = from.layout.nodes[ghost.id];
      if (at) shown.layout.nodes[ghost.id] = { ...at, hidden: false };
      continue;
    }
    const removedColumns = change.columns.filter((c) => c.status === 'removed');
    if (removedColumns.length === 0) continue;
    const before = fromTable(change.tableId);
    const after = shown.tables.find((t) => t.id === change.tableId);
    if (!before || !after) continue;
    for (const removed of removedColumns) {
      const index = before.columns.findIndex((c) => c.id === removed.columnId);
      const column = before.columns[index];
      if (column) after.columns.splice(Math.min(index, after.columns.length), 0, structuredClone(column));
    }
  }
  // What the ghosts refer to: their foreign keys, and the types of their columns.
  const columnIds = new Set(shown.tables.flatMap((t) => t.columns.map((c) => c.id)));
  const hasColumns = (ids: readonly string[]) => ids.every((id) => columnIds.has(id));
  const known = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const relationships = known(shown.relationships);
  shown.relationships.push(...structuredClone(from.relationships.filter((r) => !relationships.has(r.id) && hasColumns(r.fromColumnIds) && hasColumns(r.toColumnIds))));
  const enums = known(shown.enums);
  shown.enums.push(...structuredClone(from.enums.filter((e) => !enums.has(e.id))));
  const domains = known(shown.domains);
  shown.domains.push(...structuredClone(from.domains.filter((d) => !domains.has(d.id))));
  return shown;
}

/** The marks of each table that is not unchanged, by table id. */
export function tableHighlights(changes: DocumentChanges): ReadonlyMap<string, TableHighlight> {
  const marks = new Map<string, TableHighlight>();
  for (const change of changes.tables) {
    if (change.status === 'unchanged') continue;
    const columns: Record<string, DiffMark> = {};
    for (const column of change.columns) columns[column.columnId] = column.status;
    marks.set(change.tableId, { table: change.status, columns });
  }
  return marks;
}
