import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import { removeRelationships } from '../cascade';
import type { CommandOf, StepResult } from '../command';
import { notFound } from '../doc';

/** Deletes foreign keys; their columns stay (delete those separately when wanted). */
export function deleteRelationships(doc: DiagramDocument, cmd: CommandOf<'deleteRelationships'>): StepResult {
  const missing = cmd.relationshipIds.find((id) => !doc.relationships.some((r) => r.id === id));
  if (missing !== undefined) return notFound(`there is no relationship with id "${missing}" in this diagram`);
  return ok(removeRelationships(doc, new Set(cmd.relationshipIds)));
}
