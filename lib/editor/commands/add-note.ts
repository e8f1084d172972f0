import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid } from '../doc';
import { placeNode } from './move-nodes';

/** Adds a sticky note at a position. */
export function addNote(doc: DiagramDocument, cmd: CommandOf<'addNote'>): StepResult {
  if (doc.notes.some((n) => n.id === cmd.note.id)) return invalid(`a note with id "${cmd.note.id}" already exists`);
  return ok(placeNode({ ...doc, notes: [...doc.notes, cmd.note] }, cmd.note.id, cmd.position));
}
