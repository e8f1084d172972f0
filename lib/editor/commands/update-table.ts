import type { DiagramDocument } from '../../model/document';
import type { CommandOf, StepResult } from '../command';
import { patchObject, withTable } from '../doc';

/** Renames a table or changes its schema, comment, volume, partitioning or UNLOGGED flag. */
export function updateTable(doc: DiagramDocument, cmd: CommandOf<'updateTable'>): StepResult {
  return withTable(doc, cmd.tableId, (table) => patchObject(table, cmd.changes));
}
