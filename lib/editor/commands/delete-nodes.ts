import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { filterShared, notFound } from '../doc';

/** Deletes notes and areas with their layout (an area's tables stay). */
export function deleteNodes(doc: DiagramDocument, cmd: CommandOf<'deleteNodes'>): StepResult {
  const ids = new Set(cmd.nodeIds);
  const missing = cmd.nodeIds.find((id) => !doc.notes.some((n) => n.id === id) && !doc.areas.some((a) => a.id === id));
  if (missing !== undefined) return notFound(`there is no note or area with id "${missing}" in this diagram`);
  const nodes = { ...doc.layout.nodes };
  for (const id of ids) delete nodes[id];
  return ok({
    ...doc,
    notes: filterShared(doc.notes, (n) => !ids.has(n.id)),
    areas: filterShared(doc.areas, (a) => !ids.has(a.id)),
    exceptions: filterShared(doc.exceptions, (e) => e.subject.objectId === null || !ids.has(e.subject.objectId)),
    layout: { ...doc.layout, nodes },
  });
}
