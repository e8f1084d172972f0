import type { DiagramDocument } from '../../model/document';
import type { CommandOf, StepResult } from '../command';
import { stepError, withTable } from '../doc';

/** Moves a column to another position (column order is the order of CREATE TABLE). */
export function reorderColumn(doc: DiagramDocument, cmd: CommandOf<'reorderColumn'>): StepResult {
  return withTable(doc, cmd.tableId, (table) => {
    const from = table.columns.findIndex((c) => c.id === cmd.columnId);
    if (from < 0) return stepError('not_found', `table "${table.name}" has no column with id "${cmd.columnId}"`);
    const to = Math.max(0, Math.min(cmd.toIndex, table.columns.length - 1));
    if (from === to) return table;
    const columns = [...table.columns];
    const [moved] = columns.splice(from, 1);
    columns.splice(to, 0, moved!);
    return { ...table, columns };
  });
}
