import type { DiagramDocument } from '../../model/document';
import type { CommandOf, StepResult } from '../command';
import { mapShared, stepError, withTable } from '../doc';

/**
 * Sets the primary key (composite when several columns; none when empty). Key
 * columns become NOT NULL, as PostgreSQL makes them.
 */
export function setPrimaryKey(doc: DiagramDocument, cmd: CommandOf<'setPrimaryKey'>): StepResult {
  return withTable(doc, cmd.tableId, (table) => {
    const missing = cmd.columnIds.find((id) => !table.columns.some((c) => c.id === id));
    if (missing !== undefined) return stepError('not_found', `table "${table.name}" has no column with id "${missing}"`);
    if (new Set(cmd.columnIds).size !== cmd.columnIds.length) return stepError('invalid', 'a primary key lists each column once');
    const name = cmd.name === undefined ? (table.primaryKey?.name ?? null) : cmd.name;
    const primaryKey = cmd.columnIds.length === 0 ? null : { name, columnIds: [...cmd.columnIds] };
    const same = JSON.stringify(primaryKey) === JSON.stringify(table.primaryKey);
    const key = new Set(cmd.columnIds);
    const columns = mapShared(table.columns, (c) => (key.has(c.id) && c.nullable ? { ...c, nullable: false } : c));
    if (same && columns === table.columns) return table;
    return { ...table, primaryKey: same ? table.primaryKey : primaryKey, columns };
  });
}
