import type { DiagramDocument } from '../../model/document';
import type { CommandOf, StepResult } from '../command';
import { stepError, withTable } from '../doc';

/** Adds a column at `index` (default: last). */
export function addColumn(doc: DiagramDocument, cmd: CommandOf<'addColumn'>): StepResult {
  return withTable(doc, cmd.tableId, (table) => {
    if (table.columns.some((c) => c.id === cmd.column.id)) return stepError('invalid', `column id "${cmd.column.id}" is taken`);
    const at = Math.max(0, Math.min(cmd.index ?? table.columns.length, table.columns.length));
    const columns = [...table.columns];
    columns.splice(at, 0, cmd.column);
    return { ...table, columns };
  });
}
