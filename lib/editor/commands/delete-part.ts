import type { DiagramDocument } from '../../model/document';
import type { CommandOf, StepResult } from '../command';
import { ok } from '../../result';
import { filterShared, stepError, withTable } from '../doc';
import { partList } from './add-part';

/** Removes one unique constraint, check, index, functional dependency or access pattern. */
export function deletePart(doc: DiagramDocument, cmd: CommandOf<'deletePart'>): StepResult {
  const result = withTable(doc, cmd.tableId, (table) => {
    const list = partList(table, cmd.part);
    if (!list.some((item) => item.id === cmd.id)) return stepError('not_found', `table "${table.name}" has nothing with id "${cmd.id}" in ${cmd.part}`);
    return { ...table, [cmd.part]: list.filter((item) => item.id !== cmd.id) };
  });
  if (!result.ok) return result;
  // An accepted exception about the removed object has nothing left to excuse.
  return ok({ ...result.value, exceptions: filterShared(result.value.exceptions, (e) => e.subject.objectId !== cmd.id) });
}
