import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound, patchObject } from '../doc';

/** Changes a foreign key's name, cardinality (1:1 / 1:N) or referential actions. */
export function updateRelationship(doc: DiagramDocument, cmd: CommandOf<'updateRelationship'>): StepResult {
  const current = doc.relationships.find((r) => r.id === cmd.relationshipId);
  if (!current) return notFound(`there is no relationship with id "${cmd.relationshipId}" in this diagram`);
  const next = patchObject(current, cmd.changes);
  return ok(next === current ? doc : { ...doc, relationships: doc.relationships.map((r) => (r.id === current.id ? next : r)) });
}
