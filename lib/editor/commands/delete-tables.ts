import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import { removeTables } from '../cascade';
import type { CommandOf, StepResult } from '../command';
import { notFound } from '../doc';

/** Deletes tables with everything that refers to them (see `cascade.ts`). */
export function deleteTables(doc: DiagramDocument, cmd: CommandOf<'deleteTables'>): StepResult {
  const missing = cmd.tableIds.find((id) => !doc.tables.some((t) => t.id === id));
  if (missing !== undefined) return notFound(`there is no table with id "${missing}" in this diagram`);
  return ok(removeTables(doc, new Set(cmd.tableIds)));
}
