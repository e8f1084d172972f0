import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound, patchObject } from '../doc';

export function updateNote(doc: DiagramDocument, cmd: CommandOf<'updateNote'>): StepResult {
  const current = doc.notes.find((n) => n.id === cmd.noteId);
  if (!current) return notFound(`there is no note with id "${cmd.noteId}" in this diagram`);
  const next = patchObject(current, cmd.changes);
  return ok(next === current ? doc : { ...doc, notes: doc.notes.map((n) => (n.id === current.id ? next : n)) });
}
