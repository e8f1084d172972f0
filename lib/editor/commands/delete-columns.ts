import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import { removeColumns } from '../cascade';
import type { CommandOf, StepResult } from '../command';
import { notFound, tableById } from '../doc';

/** Deletes columns and takes them out of keys, indexes, foreign keys, dependencies and access patterns. */
export function deleteColumns(doc: DiagramDocument, cmd: CommandOf<'deleteColumns'>): StepResult {
  const table = tableById(doc, cmd.tableId);
  if (!table) return notFound(`there is no table with id "${cmd.tableId}" in this diagram`);
  const missing = cmd.columnIds.find((id) => !table.columns.some((c) => c.id === id));
  if (missing !== undefined) return notFound(`table "${table.name}" has no column with id "${missing}"`);
  return ok(removeColumns(doc, cmd.tableId, new Set(cmd.columnIds)));
}
