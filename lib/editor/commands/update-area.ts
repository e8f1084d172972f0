import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound, patchObject } from '../doc';

/** Renames or recolours an area, or sets which tables belong to it. */
export function updateArea(doc: DiagramDocument, cmd: CommandOf<'updateArea'>): StepResult {
  const current = doc.areas.find((a) => a.id === cmd.areaId);
  if (!current) return notFound(`there is no area with id "${cmd.areaId}" in this diagram`);
  const next = patchObject(current, cmd.changes);
  return ok(next === current ? doc : { ...doc, areas: doc.areas.map((a) => (a.id === current.id ? next : a)) });
}
