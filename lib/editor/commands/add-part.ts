import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import type { CommandOf, StepResult, TablePartKey } from '../command';
import { stepError, withTable } from '../doc';

/** Adds a unique constraint, check, index, functional dependency or access pattern to a table. */
export function addPart(doc: DiagramDocument, cmd: CommandOf<'addPart'>): StepResult {
  return withTable(doc, cmd.tableId, (table) => {
    const list = partList(table, cmd.part);
    if (list.some((item) => item.id === cmd.value.id)) return stepError('invalid', `id "${cmd.value.id}" is taken in ${cmd.part}`);
    return { ...table, [cmd.part]: [...list, cmd.value] };
  });
}

export function partList(table: Table, part: TablePartKey): { id: string }[] {
  return table[part];
}
