import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound, patchObject } from '../doc';

/** Renames an enum or changes its values (values keep ids, so a renamed label is a RENAME VALUE). */
export function updateEnum(doc: DiagramDocument, cmd: CommandOf<'updateEnum'>): StepResult {
  const current = doc.enums.find((e) => e.id === cmd.enumId);
  if (!current) return notFound(`there is no enum with id "${cmd.enumId}" in this diagram`);
  const next = patchObject(current, cmd.changes);
  return ok(next === current ? doc : { ...doc, enums: doc.enums.map((e) => (e.id === current.id ? next : e)) });
}
