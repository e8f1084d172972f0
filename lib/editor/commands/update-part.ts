import type { DiagramDocument } from '../../model/document';
import type { CommandOf, StepResult } from '../command';
import { patchObject, stepError, withTable } from '../doc';
import { partList } from './add-part';

/** Changes one unique constraint, check, index, functional dependency or access pattern. */
export function updatePart(doc: DiagramDocument, cmd: CommandOf<'updatePart'>): StepResult {
  return withTable(doc, cmd.tableId, (table) => {
    const list = partList(table, cmd.part);
    const current = list.find((item) => item.id === cmd.id);
    if (!current) return stepError('not_found', `table "${table.name}" has nothing with id "${cmd.id}" in ${cmd.part}`);
    const next = patchObject(current, cmd.changes as Partial<typeof current>);
    return next === current ? table : { ...table, [cmd.part]: list.map((item) => (item.id === cmd.id ? next : item)) };
  });
}
