import { resolveLeniently } from '../../ddl/resolve';
import type { SchemaModel } from '../../ddl/schema-model';
import type { DiagramDocument } from '../../model/document';

/**
 * An introspected document carries ids made from names, a designed one carries
 * its own: to diff them, every object of `live` that has a namesake in `design`
 * takes the designed id. Constraint names left to PostgreSQL's defaults in the
 * design are compared by the names the generator would give them (the resolved
 * model), so an unnamed unique key still matches the `_key` constraint it made.
 */
export function adoptIds(live: DiagramDocument, design: DiagramDocument): DiagramDocument {
  const map = new Map<string, string>();
  const pair = <T>(from: readonly T[], to: readonly T[], key: (x: T) => string, id: (x: T) => string) => {
    const targets = new Map(to.map((x) => [key(x), id(x)]));
    for (const x of from) {
      const target = targets.get(key(x));
      if (target !== undefined && !map.has(id(x))) map.set(id(x), target);
    }
  };
  const a = resolveLeniently(live).model;
  const b = resolveLeniently(design).model;
  pair(a.schemas, b.schemas, (s) => s.name, (s) => s.id);
  pair(live.extensions, design.extensions, (e) => e.name, (e) => e.id);
  pair(a.enums, b.enums, (e) => refKey(e.ref), (e) => e.id);
  for (const e of a.enums) {
    const other = b.enums.find((x) => refKey(x.ref) === refKey(e.ref));
    if (other) pair(e.values, other.values, (v) => v.name, (v) => v.id);
  }
  pair(a.domains, b.domains, (d) => refKey(d.ref), (d) => d.id);
  for (const d of a.domains) {
    const other = b.domains.find((x) => refKey(x.ref) === refKey(d.ref));
    if (other) pair(d.checks, other.checks, (c) => c.name, (c) => c.id);
  }
  pairTables(a, b, pair);
  pair(a.foreignKeys, b.foreignKeys, (f) => `${refKey(f.table)}|${f.name}`, (f) => f.id);
  return renameIds(live, map);
}

type Pair = <T>(from: readonly T[], to: readonly T[], key: (x: T) => string, id: (x: T) => string) => void;

function pairTables(a: SchemaModel, b: SchemaModel, pair: Pair): void {
  pair(a.tables, b.tables, (t) => refKey(t.ref), (t) => t.id);
  for (const t of a.tables) {
    const other = b.tables.find((x) => refKey(x.ref) === refKey(t.ref));
    if (!other) continue;
    pair(t.columns, other.columns, (c) => c.name, (c) => c.id);
    pair(t.uniques, other.uniques, (u) => u.name, (u) => u.id);
    pair(t.checks, other.checks, (c) => c.name, (c) => c.id);
    pair(t.indexes, other.indexes, (i) => i.name, (i) => i.id);
    pair(t.partitions, other.partitions, (p) => p.ref.name, (p) => p.id);
  }
}

const refKey = (ref: { schema: string; name: string }) => `${ref.schema}.${ref.name}`;

/** Replaces ids everywhere they appear: values and record keys (the layout). */
function renameIds(doc: DiagramDocument, map: ReadonlyMap<string, string>): DiagramDocument {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return map.get(value) ?? value;
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [map.get(k) ?? k, walk(v)]));
    }
    return value;
  };
  return walk(doc) as DiagramDocument;
}
