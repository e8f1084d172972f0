import type { DiagramDocument } from '../../lib/model/document';
import { partitionBoundSql } from '../../lib/ddl/emit/fragments';
import { resolveDocument } from '../../lib/ddl/resolve';
import { effectiveSequenceBounds } from '../../lib/model/validate-sequence';
import type { CatalogConstraint, CatalogIndex, CatalogSnapshot, CatalogTable } from './catalog';
import { formatType, quoteIdent } from './format-type';

/**
 * The catalog snapshot a database should have after running the document's
 * DDL. Column types, nullability, identity and the rest come straight from the
 * document; constraint names and vector operator classes from the resolved
 * model (the generator's reading of the defaults, which `names.test.ts` checks
 * against PostgreSQL's own choices).
 */
const DEFAULT_OPCLASSES = new Set(['jsonb_ops', 'array_ops', 'tsvector_ops', 'vector_l2_ops@ivfflat']);

export function expectedSnapshot(doc: DiagramDocument): CatalogSnapshot {
  const resolved = resolveDocument(doc);
  if (!resolved.ok) throw new Error(`expectedSnapshot: the document does not resolve: ${resolved.error.map((e) => e.message).join('; ')}`);
  const model = resolved.value;
  const sortBy = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

  const tables: CatalogTable[] = model.tables.map((table) => {
    const source = doc.tables.find((t) => t.id === table.id)!;
    const pkColumns = new Set(table.primaryKey?.columns ?? []);
    const constraints: CatalogConstraint[] = [];
    const base = { columns: [] as string[], nullsNotDistinct: false, expression: null, references: null, definition: '' };
    if (table.primaryKey) constraints.push({ ...base, name: table.primaryKey.name, type: 'primary_key', columns: [...table.primaryKey.columns] });
    for (const u of table.uniques) constraints.push({ ...base, name: u.name, type: 'unique', columns: [...u.columns], nullsNotDistinct: u.nullsNotDistinct });
    for (const c of table.checks) constraints.push({ ...base, name: c.name, type: 'check', expression: c.expression } as CatalogConstraint);
    for (const fk of model.foreignKeys.filter((f) => f.tableId === table.id)) {
      constraints.push({
        ...base, name: fk.name, type: 'foreign_key', columns: [...fk.columns],
        references: {
          table: `${fk.references.schema}.${fk.references.name}`, columns: [...fk.referencedColumns],
          onUpdate: fk.onUpdate, onDelete: fk.onDelete, deferrable: fk.deferrable, matchFull: fk.matchFull,
        },
      });
    }
    const indexes: CatalogIndex[] = table.indexes.map((index) => ({
      name: index.name, method: index.method, unique: index.unique, nullsNotDistinct: index.nullsNotDistinct,
      keys: index.keys.map((k) => {
        const desc = k.order === 'desc';
        const opclass = k.opclass === null || DEFAULT_OPCLASSES.has(k.opclass) || DEFAULT_OPCLASSES.has(`${k.opclass}@${index.method}`) ? null : k.opclass;
        return { column: k.column, expression: k.expression, desc, nullsFirst: k.nulls === 'first' || (k.nulls === null && desc), opclass };
      }),
      include: [...index.include], predicate: index.where,
      with: index.with.map(([key, value]) => `${key}=${value}`).sort(), comment: index.comment, definition: '',
    }));
    return {
      schema: table.ref.schema, name: table.ref.name, unlogged: table.unlogged,
      partitionKey: table.partitionBy
        ? `${table.partitionBy.strategy.toUpperCase()} (${table.partitionBy.keys.map((k) => ('column' in k ? quoteIdent(k.column) : `(${k.expression})`)).join(', ')})`
        : null,
      partitions: table.partitions.map((p) => ({ name: p.ref.name, bound: partitionBoundSql(p.bound), comment: p.comment })).sort(sortBy((p) => p.name)),
      columns: source.columns.map((c) => ({
        name: c.name, type: formatType(c.type, doc),
        nullable: c.nullable && c.identity === null && !pkColumns.has(c.name),
        default: c.default, identity: c.identity, generated: c.generated?.expression ?? null, collation: c.collation, comment: c.comment,
      })),
      constraints: constraints.sort(sortBy((c) => c.name)),
      indexes: indexes.sort(sortBy((i) => i.name)),
      comment: table.comment,
    };
  });

  return {
    schemas: model.schemas.filter((s) => s.name !== 'public').map((s) => ({ name: s.name, comment: s.comment })).sort(sortBy((s) => s.name)),
    extensions: model.extensions.map((e) => e.name).sort(),
    enums: model.enums.map((e) => ({ schema: e.ref.schema, name: e.ref.name, values: e.values.map((v) => v.name), comment: e.comment }))
      .sort(sortBy((e) => `${e.schema}.${e.name}`)),
    domains: doc.domains.map((d) => {
      const def = model.domains.find((m) => m.id === d.id)!;
      return {
        schema: def.ref.schema, name: def.ref.name, baseType: formatType(d.baseType, doc), notNull: d.notNull, default: d.default,
        checks: def.checks.map((c) => ({ name: c.name, expression: c.expression })).sort(sortBy((c) => c.name)), comment: d.comment,
      };
    }).sort(sortBy((d) => `${d.schema}.${d.name}`)),
    sequences: model.sequences.map((q) => {
      const { min, max, start } = effectiveSequenceBounds(q);
      return {
        schema: q.ref.schema, name: q.ref.name, dataType: q.dataType, start: String(start), increment: String(q.increment),
        min: String(min), max: String(max), cache: String(q.cache), cycle: q.cycle,
        ownedBy: q.owner ? `${q.owner.table.schema}.${q.owner.table.name}.${q.owner.column}` : null, comment: q.comment,
      };
    }).sort(sortBy((q) => `${q.schema}.${q.name}`)),
    tables: tables.sort(sortBy((t) => `${t.schema}.${t.name}`)),
  };
}

/** A database with none of our objects: what the DOWN must leave behind. */
export const EMPTY_SNAPSHOT: CatalogSnapshot = { schemas: [], extensions: [], enums: [], domains: [], sequences: [], tables: [] };
