import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid } from '../doc';
import { placeNode } from './move-nodes';

/** Adds copied tables (fresh ids, from `factories/paste.ts`), the foreign keys among them and the enums they need. */
export function paste(doc: DiagramDocument, cmd: CommandOf<'paste'>): StepResult {
  const taken = new Set([...doc.tables.map((t) => t.id), ...doc.relationships.map((r) => r.id), ...doc.enums.map((e) => e.id)]);
  const clash = [...cmd.tables, ...cmd.relationships, ...cmd.enums].find((item) => taken.has(item.id));
  if (clash) return invalid(`id "${clash.id}" already exists in this diagram`);
  let next: DiagramDocument = {
    ...doc,
    enums: cmd.enums.length > 0 ? [...doc.enums, ...cmd.enums] : doc.enums,
    tables: [...doc.tables, ...cmd.tables],
    relationships: cmd.relationships.length > 0 ? [...doc.relationships, ...cmd.relationships] : doc.relationships,
  };
  for (const [id, position] of Object.entries(cmd.positions)) next = placeNode(next, id, position);
  return ok(next);
}
