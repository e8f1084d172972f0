import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid } from '../doc';
import { placeNode } from './move-nodes';

/** Adds an N:M link: the junction table and its two foreign keys (built by `factories/many-to-many.ts`). */
export function addManyToMany(doc: DiagramDocument, cmd: CommandOf<'addManyToMany'>): StepResult {
  const { junction, relationships, position } = cmd;
  if (doc.tables.some((t) => t.id === junction.id)) return invalid(`a table with id "${junction.id}" already exists`);
  if (relationships.some((rel) => doc.relationships.some((r) => r.id === rel.id))) return invalid('a relationship id of the N:M link is taken');
  const next = { ...doc, tables: [...doc.tables, junction], relationships: [...doc.relationships, ...relationships] };
  return ok(position ? placeNode(next, junction.id, position) : next);
}
