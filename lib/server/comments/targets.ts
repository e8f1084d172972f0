import type { CommentTarget } from '../../api/comment-dto';

/** The tables and columns of a document by stable id, with their names: all comments need of it. */
export type TargetIndex = ReadonlyMap<string, { name: string; columns: ReadonlyMap<string, string> }>;

/**
 * Reads the targets out of a stored document. Stored documents were validated
 * before they were saved; this reads only ids and names, tolerating anything
 * else, so listing comments never pays for a full document parse.
 */
export function indexTargets(document: unknown): TargetIndex {
  const index = new Map<string, { name: string; columns: Map<string, string> }>();
  for (const table of arrayAt(document, 'tables')) {
    const id = stringAt(table, 'id');
    if (id === null) continue;
    const columns = new Map<string, string>();
    for (const column of arrayAt(table, 'columns')) {
      const columnId = stringAt(column, 'id');
      if (columnId !== null) columns.set(columnId, stringAt(column, 'name') ?? columnId);
    }
    index.set(id, { name: stringAt(table, 'name') ?? id, columns });
  }
  return index;
}

/** `orders` or `orders.total`: how a thread names its target, now and after the target is deleted. */
export function targetLabel(tableName: string, columnName: string | null): string {
  return columnName === null ? tableName : `${tableName}.${columnName}`;
}

/** A thread's target as the current document has it; the stored label names what is gone. */
export function describeTarget(index: TargetIndex, tableId: string, columnId: string | null, storedLabel: string | null): CommentTarget {
  const table = index.get(tableId);
  const columnName = columnId === null ? null : table?.columns.get(columnId) ?? null;
  const state = !table ? 'table_deleted' : columnId !== null && columnName === null ? 'column_deleted' : 'present';
  const label = storedLabel ?? (table ? targetLabel(table.name, columnName ?? columnId) : tableId);
  return { tableId, columnId, label, tableName: table?.name ?? null, columnName, state };
}

function arrayAt(value: unknown, key: string): unknown[] {
  const found = isRecord(value) ? value[key] : undefined;
  return Array.isArray(found) ? found : [];
}

function stringAt(value: unknown, key: string): string | null {
  const found = isRecord(value) ? value[key] : undefined;
  return typeof found === 'string' ? found : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
