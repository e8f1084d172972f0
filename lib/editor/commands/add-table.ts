import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid } from '../doc';
import { placeNode } from './move-nodes';

/** Adds a table (built by `factories/new-table.ts`) at a position on the canvas. */
export function addTable(doc: DiagramDocument, cmd: CommandOf<'addTable'>): StepResult {
  if (doc.tables.some((t) => t.id === cmd.table.id)) return invalid(`a table with id "${cmd.table.id}" already exists`);
  const next = { ...doc, tables: [...doc.tables, cmd.table] };
  return ok(cmd.position ? placeNode(next, cmd.table.id, cmd.position) : next);
}
