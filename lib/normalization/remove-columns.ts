import type { DiagramDocument, Table } from '../model';
import type { DroppedObject } from './fix-types';

/**
 * Removes columns from a table in a document being edited in place (the caller
 * cloned it), and everything that would otherwise point at a missing column:
 * constraints and indexes on them, declared dependencies through them, access
 * pattern parts, relationships, accepted exceptions. Snapshot references are
 * moved to `replacements` when given (the value moved there), else cleared.
 * Returns what it dropped, so the change description can list it.
 */
export function removeColumns(doc: DiagramDocument, table: Table, columnIds: ReadonlySet<string>, replacements: ReadonlyMap<string, string> = new Map()): DroppedObject[] {
  const dropped: DroppedObject[] = [];
  const hits = (ids: readonly (string | null)[]) => ids.some((id) => id !== null && columnIds.has(id));
  const removedNames = table.columns.filter((c) => columnIds.has(c.id)).map((c) => c.name);

  table.columns = table.columns.filter((c) => !columnIds.has(c.id));
  if (table.primaryKey && hits(table.primaryKey.columnIds)) {
    dropped.push({ kind: 'primary_key', id: table.id, name: table.primaryKey.name });
    table.primaryKey = null;
  }
  table.uniques = table.uniques.filter((u) => !(hits(u.columnIds) && dropped.push({ kind: 'unique', id: u.id, name: u.name })));
  table.indexes = table.indexes.filter((i) => !(hits([...i.keys.map((k) => k.columnId), ...i.include]) && dropped.push({ kind: 'index', id: i.id, name: i.name })));
  // Check expressions are SQL text; a check naming a removed column cannot stay.
  table.checks = table.checks.filter((c) => !(removedNames.some((n) => mentions(c.expression, n)) && dropped.push({ kind: 'check', id: c.id, name: c.name })));
  table.dependencies = table.dependencies.flatMap((d) => {
    const dependent = d.dependent.filter((id) => !columnIds.has(id));
    if (hits(d.determinant) || dependent.length === 0) {
      dropped.push({ kind: 'dependency', id: d.id, name: null });
      return [];
    }
    return [{ ...d, dependent }];
  });
  for (const p of table.accessPatterns) {
    const before = p.filters.length + p.orderBy.length + p.select.length + (p.similarity ? 1 : 0);
    p.filters = p.filters.filter((f) => !columnIds.has(f.columnId));
    p.orderBy = p.orderBy.filter((s) => !columnIds.has(s.columnId));
    p.select = p.select.filter((id) => !columnIds.has(id));
    if (p.similarity && columnIds.has(p.similarity.columnId)) p.similarity = null;
    if (p.filters.length + p.orderBy.length + p.select.length + (p.similarity ? 1 : 0) !== before) {
      dropped.push({ kind: 'access_pattern_reference', id: p.id, name: p.name });
    }
  }

  const goneRelationships = new Set(doc.relationships
    .filter((r) => (r.fromTableId === table.id && hits(r.fromColumnIds)) || (r.toTableId === table.id && hits(r.toColumnIds)))
    .map((r) => r.id));
  doc.relationships = doc.relationships.filter((r) => !(goneRelationships.has(r.id) && dropped.push({ kind: 'relationship', id: r.id, name: r.name })));
  for (const t of doc.tables) {
    if (t.junction && t.junction.relationshipIds.some((id) => goneRelationships.has(id))) t.junction = null;
    for (const p of t.accessPatterns) p.joins = p.joins.filter((id) => !goneRelationships.has(id));
    for (const c of t.columns) {
      if (!c.snapshotOf || !columnIds.has(c.snapshotOf.columnId)) continue;
      const moved = replacements.get(c.snapshotOf.columnId);
      c.snapshotOf = moved ? { ...c.snapshotOf, columnId: moved } : null;
    }
  }
  doc.exceptions = doc.exceptions.filter((e) => !(hits(e.subject.columnIds) && dropped.push({ kind: 'exception', id: e.id, name: e.code })));
  return dropped;
}

function mentions(expression: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_$])"?${escaped}"?($|[^A-Za-z0-9_$])`, 'i').test(expression);
}

/** A table name not yet used in the schema: `base`, else `base_2`, `base_3`, … (kept within 63 bytes). */
export function freeTableName(doc: DiagramDocument, schemaId: string, base: string): string {
  const taken = takenNames(doc, schemaId);
  const trimmed = base.slice(0, 56);
  let name = trimmed;
  for (let n = 2; taken.has(name); n++) name = `${trimmed}_${n}`;
  return name;
}

// Analysis asks once per finding; remember the names per document (documents are not edited in place
// during analysis, and a fix works on a fresh clone, which gets its own entry).
const takenCache = new WeakMap<DiagramDocument, Map<string, Set<string>>>();

function takenNames(doc: DiagramDocument, schemaId: string): Set<string> {
  let perSchema = takenCache.get(doc);
  if (!perSchema) takenCache.set(doc, (perSchema = new Map()));
  let taken = perSchema.get(schemaId);
  if (taken) return taken;
  // Tables share a namespace with partitions, indexes and key constraints (pg_class) and with types (pg_type).
  taken = new Set(doc.tables.filter((t) => t.schemaId === schemaId).flatMap((t) => [
    t.name, ...(t.partitioning?.partitions.map((p) => p.name) ?? []), ...t.indexes.map((i) => i.name),
    ...(t.primaryKey?.name ? [t.primaryKey.name] : []), ...t.uniques.flatMap((u) => (u.name ? [u.name] : [])),
  ]));
  for (const e of doc.enums) if (e.schemaId === schemaId) taken.add(e.name);
  for (const d of doc.domains) if (d.schemaId === schemaId) taken.add(d.name);
  perSchema.set(schemaId, taken);
  return taken;
}
