import type { DiagramDocument } from '../../model/document';
import { resolveLeniently } from '../resolve';

/**
 * The document with every constraint name written out (PostgreSQL's default
 * names as `resolve` picks them). The plan builds intermediate documents that
 * lack some constraints; freezing first keeps a default name from shifting
 * between those states and the real one.
 */
export function freezeNames(doc: DiagramDocument): DiagramDocument {
  const model = resolveLeniently(doc).model;
  const out = structuredClone(doc);
  for (const table of out.tables) {
    const def = model.tables.find((t) => t.id === table.id);
    if (!def) continue;
    if (table.primaryKey && def.primaryKey) table.primaryKey.name = def.primaryKey.name;
    for (const u of table.uniques) u.name = def.uniques.find((x) => x.id === u.id)?.name ?? u.name;
    for (const c of table.checks) c.name = def.checks.find((x) => x.id === c.id)?.name ?? c.name;
  }
  for (const rel of out.relationships) rel.name = model.foreignKeys.find((f) => f.id === rel.id)?.name ?? rel.name;
  return out;
}
