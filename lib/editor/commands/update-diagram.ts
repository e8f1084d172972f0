import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { patchObject } from '../doc';
import type { DiagramDocument } from '../../model/document';

/** Renames the diagram or changes its description. */
export function updateDiagram(doc: DiagramDocument, cmd: CommandOf<'updateDiagram'>): StepResult {
  const changes = cmd.changes.name === undefined ? cmd.changes : { ...cmd.changes, name: cmd.changes.name.trim() };
  return ok(patchObject(doc, changes));
}
