import type { DiagramDocument } from '../../model/document';
import { adoptIds } from '../introspect/match-names';

/**
 * The "before" of a first plan, when nothing of this diagram was applied to the
 * target yet: the live database, restricted to what the diagram names. Objects
 * the diagram does not mention (other teams' tables, extensions someone else
 * installed) are left out, so the first apply never drops them; "Show drift"
 * still lists them. Live objects take the diagram's ids by name, so a table the
 * database already has is not created again.
 */
export function liveBaseline(live: DiagramDocument, design: DiagramDocument): DiagramDocument {
  const matched = adoptIds(live, { ...design, target: live.target });
  const schemaName = new Map(matched.schemas.map((s) => [s.id, s.name]));
  const designSchemaName = new Map(design.schemas.map((s) => [s.id, s.name]));
  const named = (items: readonly { schemaId: string; name: string }[], names: Map<string, string>) =>
    new Set(items.map((i) => `${names.get(i.schemaId)}.${i.name}`));
  const designTables = named(design.tables, designSchemaName);
  const designEnums = named(design.enums, designSchemaName);
  const designDomains = named(design.domains, designSchemaName);
  const designSchemas = new Set(design.schemas.map((s) => s.name));
  const designExtensions = new Set(design.extensions.map((e) => e.name));

  const tables = matched.tables.filter((t) => designTables.has(`${schemaName.get(t.schemaId)}.${t.name}`));
  const kept = new Set(tables.map((t) => t.id));
  const usedSchemas = new Set(tables.map((t) => t.schemaId));
  const schemas = matched.schemas.filter((s) => designSchemas.has(s.name) || usedSchemas.has(s.id));
  return {
    ...matched,
    target: design.target,
    schemas: schemas.length > 0 ? schemas : matched.schemas.slice(0, 1),
    extensions: matched.extensions.filter((e) => designExtensions.has(e.name)),
    enums: matched.enums.filter((e) => designEnums.has(`${schemaName.get(e.schemaId)}.${e.name}`)),
    domains: matched.domains.filter((d) => designDomains.has(`${schemaName.get(d.schemaId)}.${d.name}`)),
    tables,
    relationships: matched.relationships.filter((r) => kept.has(r.fromTableId) && kept.has(r.toTableId)),
    layout: { nodes: {}, viewport: null },
  };
}
