import type { DiagramDocument } from '../../model/document';
import type { CommandOf, StepResult } from '../command';
import { patchObject, stepError, withTable } from '../doc';

/** Changes a column's name, type, nullability, default, identity, generated expression or comment. */
export function updateColumn(doc: DiagramDocument, cmd: CommandOf<'updateColumn'>): StepResult {
  return withTable(doc, cmd.tableId, (table) => {
    const column = table.columns.find((c) => c.id === cmd.columnId);
    if (!column) return stepError('not_found', `table "${table.name}" has no column with id "${cmd.columnId}"`);
    const next = patchObject(column, cmd.changes);
    return next === column ? table : { ...table, columns: table.columns.map((c) => (c.id === cmd.columnId ? next : c)) };
  });
}
