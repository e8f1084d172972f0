import { resolveDocument } from '../../../lib/ddl/resolve';
import type { DiagramDocument } from '../../../lib/model/document';
import { expressionTokens } from '../../support/comparable';

/**
 * A diagram reduced to what a database can tell back, keyed by names: the
 * resolved model (default constraint names filled in, types as SQL) without
 * ids, layout or design-only data (access patterns, volumes), expressions
 * reduced to their tokens (PostgreSQL rewrites them), default operator classes
 * dropped, and everything sorted by name.
 */
const DEFAULT_OPCLASSES = new Set(['jsonb_ops', 'array_ops', 'tsvector_ops', 'vector_l2_ops@ivfflat']);
const byName = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
const e = expressionTokens;
const bound = (v: string) => v.replace(/^'(.*)'$/, '$1').replace(/ 00:00:00(\+00)?$/, '').toLowerCase();

export function normalized(doc: DiagramDocument): unknown {
  const resolved = resolveDocument(doc);
  if (!resolved.ok) throw new Error(`normalized: ${resolved.error.map((x) => x.message).join('; ')}`);
  const m = resolved.value;
  return {
    schemas: m.schemas.map((s) => ({ name: s.name, comment: s.comment })).sort(byName((s) => s.name)),
    extensions: m.extensions.map((x) => x.name).sort(),
    enums: m.enums.map((x) => ({ ref: x.ref, values: x.values.map((v) => v.name), comment: x.comment })).sort(byName((x) => `${x.ref.schema}.${x.ref.name}`)),
    domains: m.domains.map((d) => ({
      ref: d.ref, baseType: d.baseType, notNull: d.notNull, default: e(d.default), comment: d.comment,
      checks: d.checks.map((c) => ({ name: c.name, expression: e(c.expression) })).sort(byName((c) => c.name)),
    })).sort(byName((d) => `${d.ref.schema}.${d.ref.name}`)),
    sequences: m.sequences.map((q) => ({
      ref: q.ref, dataType: q.dataType, start: q.start, increment: q.increment, minValue: q.minValue, maxValue: q.maxValue,
      cache: q.cache, cycle: q.cycle, owner: q.owner && { table: q.owner.table, column: q.owner.column }, comment: q.comment,
    })).sort(byName((q) => `${q.ref.schema}.${q.ref.name}`)),
    tables: m.tables.map((t) => ({
      ref: t.ref, unlogged: t.unlogged, comment: t.comment,
      columns: t.columns.map((c) => ({
        name: c.name, type: c.type.replace(/^"public"\./, ''), nullable: c.nullable && c.identity === null && !(t.primaryKey?.columns.includes(c.name) ?? false),
        default: e(c.default), identity: c.identity, generated: e(c.generated), collation: c.collation, comment: c.comment,
      })),
      primaryKey: t.primaryKey && { name: t.primaryKey.name, columns: t.primaryKey.columns },
      uniques: t.uniques.map((u) => ({ name: u.name, columns: u.columns, nnd: u.nullsNotDistinct })).sort(byName((u) => u.name)),
      checks: t.checks.map((c) => ({ name: c.name, expression: e(c.expression) })).sort(byName((c) => c.name)),
      partitionBy: t.partitionBy && { strategy: t.partitionBy.strategy, keys: t.partitionBy.keys.map((k) => ('column' in k ? k.column : e(k.expression))) },
      partitions: t.partitions.map((p) => ({
        name: p.ref.name, comment: p.comment,
        bound: p.bound.kind === 'range' ? { ...p.bound, from: p.bound.from.map(bound), to: p.bound.to.map(bound) }
          : p.bound.kind === 'list' ? { ...p.bound, values: p.bound.values.map(bound) } : p.bound,
      })).sort(byName((p) => p.name)),
      indexes: t.indexes.map((i) => ({
        name: i.name, method: i.method, unique: i.unique, nnd: i.nullsNotDistinct, where: e(i.where), comment: i.comment,
        include: i.include, with: i.with.map(([k, v]) => `${k}=${v}`).sort(),
        keys: i.keys.map((k) => ({
          column: k.column, expression: e(k.expression), collation: k.collation,
          desc: k.order === 'desc', nullsFirst: k.nulls === 'first' || (k.nulls === null && k.order === 'desc'),
          opclass: k.opclass === null || DEFAULT_OPCLASSES.has(k.opclass) || DEFAULT_OPCLASSES.has(`${k.opclass}@${i.method}`) ? null : k.opclass,
        })),
      })).sort(byName((i) => i.name)),
    })).sort(byName((t) => `${t.ref.schema}.${t.ref.name}`)),
    foreignKeys: m.foreignKeys.map((f) => ({
      name: f.name, table: f.table, columns: f.columns, references: f.references, referencedColumns: f.referencedColumns,
      onDelete: f.onDelete, onUpdate: f.onUpdate, deferrable: f.deferrable, matchFull: f.matchFull,
    })).sort(byName((f) => `${f.table.schema}.${f.table.name}.${f.name}`)),
  };
}

/** Relationship cardinalities by constraint name: introspection guesses them from keys. */
export function cardinalities(doc: DiagramDocument): Record<string, string> {
  const resolved = resolveDocument(doc);
  if (!resolved.ok) throw new Error('cardinalities: the document does not resolve');
  const names = new Map(resolved.value.foreignKeys.map((f) => [f.id, `${f.table.schema}.${f.table.name}.${f.name}`]));
  return Object.fromEntries(doc.relationships.map((r) => [names.get(r.id) ?? r.id, r.cardinality]).sort());
}
