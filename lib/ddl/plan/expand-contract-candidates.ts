import type { DiagramDocument } from '../../model/document';
import { clipBytes, makeObjectName } from '../names';
import type { ColumnDef, IndexDef, ObjectRef, SchemaModel, TableDef } from '../schema-model';
import { isRewritingTypeChange } from './rewrite';

/**
 * A rewriting type change the plan rolls out as expand/contract: the shadow
 * column `<c>__new` in the new type, kept in sync by a trigger, backfilled,
 * indexed concurrently, then swapped in by a short contract migration.
 */
export interface TypeChange {
  readonly tableId: string;
  readonly columnId: string;
  /** The table as it is after the normal steps (new name). */
  readonly table: ObjectRef;
  readonly before: ColumnDef;
  readonly after: ColumnDef;
  readonly shadow: string;
  /** Trigger and trigger function name (the function lives in the table's schema). */
  readonly sync: string;
  /** Helper CHECK (shadow IS NOT NULL) when the column ends NOT NULL. */
  readonly helper: string | null;
  /** Plain indexes on the column, each rebuilt on the shadow under `shadow`, renamed back at contract. */
  readonly indexes: readonly { readonly index: IndexDef; readonly shadow: string }[];
  /** Primary key / unique constraints on the column: a unique index on the shadow, turned into the constraint at contract. */
  readonly keys: readonly { readonly kind: 'PRIMARY KEY' | 'UNIQUE'; readonly name: string; readonly columns: readonly string[]; readonly nullsNotDistinct: boolean; readonly shadow: string }[];
}

export const shadowName = (name: string) => `${clipBytes(name, 58)}__new`;
const SHADOW_ID = '~expand_new';

/**
 * The type changes that qualify: a kept column of a kept, non-partitioned table
 * whose type change rewrites, that is no identity or generated column, and that
 * no foreign key, check, partition key, index expression, predicate or INCLUDE
 * mentions (those would have to be rewritten too; they keep the in-place path).
 */
export function typeChangesFor(m0: SchemaModel, m5: SchemaModel): TypeChange[] {
  const out: TypeChange[] = [];
  for (const table of m5.tables) {
    const old = m0.tables.find((t) => t.id === table.id);
    if (!old || table.partitionBy || old.partitionBy) continue;
    for (const after of table.columns) {
      const before = old.columns.find((c) => c.id === after.id);
      if (!before || before.typeKey === after.typeKey || !isRewritingTypeChange(before.type, after.type)) continue;
      if (!eligible(m5, table, after) || !eligible(m0, old, before)) continue;
      out.push(describe(table, before, after));
    }
  }
  return out;
}

function eligible(model: SchemaModel, table: TableDef, column: ColumnDef): boolean {
  if (column.identity !== null || column.generated !== null) return false;
  const word = new RegExp(`(^|[^A-Za-z0-9_$])"?${column.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?($|[^A-Za-z0-9_$])`, 'i');
  if (table.checks.some((c) => word.test(c.expression))) return false;
  if (model.foreignKeys.some((f) => (f.tableId === table.id && f.columnIds.includes(column.id)) || (f.referencesId === table.id && f.referencedColumnIds.includes(column.id)))) return false;
  return table.indexes.every((i) => {
    if (i.includeIds.includes(column.id) || mentions(i, word)) return false;
    return !i.keys.some((k) => k.columnId === column.id) || i.keys.every((k) => k.expression === null);
  });
}

const mentions = (i: IndexDef, word: RegExp) => i.keys.some((k) => k.expression !== null && word.test(k.expression)) || (i.where !== null && word.test(i.where));

function describe(table: TableDef, before: ColumnDef, after: ColumnDef): TypeChange {
  const shadow = shadowName(after.name);
  const keys: TypeChange['keys'][number][] = [];
  if (table.primaryKey?.columnIds.includes(after.id)) {
    keys.push({ kind: 'PRIMARY KEY', name: table.primaryKey.name, columns: table.primaryKey.columns, nullsNotDistinct: false, shadow: shadowName(table.primaryKey.name) });
  }
  for (const u of table.uniques.filter((x) => x.columnIds.includes(after.id))) {
    keys.push({ kind: 'UNIQUE', name: u.name, columns: u.columns, nullsNotDistinct: u.nullsNotDistinct, shadow: shadowName(u.name) });
  }
  return {
    tableId: table.id, columnId: after.id, table: table.ref, before, after, shadow,
    sync: makeObjectName(table.ref.name, after.name, 'sync'),
    helper: after.nullable ? null : makeObjectName(table.ref.name, shadow, 'not_null'),
    indexes: table.indexes.filter((i) => i.keys.some((k) => k.columnId === after.id)).map((index) => ({ index, shadow: shadowName(index.name) })),
    keys,
  };
}

/** `after` with each changing column still in its old type and default: what the ordinary steps migrate to. */
export function withOldTypes(after: DiagramDocument, before: DiagramDocument, changes: readonly TypeChange[]): DiagramDocument {
  const out = structuredClone(after);
  for (const change of changes) {
    const column = out.tables.find((t) => t.id === change.tableId)!.columns.find((c) => c.id === change.columnId)!;
    const old = before.tables.find((t) => t.id === change.tableId)!.columns.find((c) => c.id === change.columnId)!;
    column.type = structuredClone(old.type);
    column.default = old.default;
  }
  return out;
}

/**
 * The state after the expand steps, as a document: the old column plus the
 * shadow column (nullable) and the shadow indexes. The contract's DOWN is
 * computed by diffing back to it; the helper check is left out because it can
 * only be added once the shadow is refilled (`reexpandStatements`).
 */
export function expandedState(base: DiagramDocument, after: DiagramDocument, changes: readonly TypeChange[]): DiagramDocument {
  const out = structuredClone(base);
  for (const change of changes) {
    const table = out.tables.find((t) => t.id === change.tableId)!;
    const target = after.tables.find((t) => t.id === change.tableId)!;
    const column = target.columns.find((c) => c.id === change.columnId)!;
    const shadowId = `${change.columnId}${SHADOW_ID}`;
    const mapId = (id: string) => (id === change.columnId ? shadowId : id);
    table.columns.push({ ...structuredClone(column), id: shadowId, name: change.shadow, nullable: true, default: null, comment: '' });
    for (const { index, shadow } of change.indexes) {
      const source = target.indexes.find((i) => i.id === index.id)!;
      table.indexes.push({ ...structuredClone(source), id: `${source.id}${SHADOW_ID}`, name: shadow, keys: source.keys.map((k) => ({ ...k, columnId: k.columnId && mapId(k.columnId) })) });
    }
    const keySources = [
      ...(target.primaryKey?.columnIds.includes(change.columnId) ? [{ id: 'pkey', columnIds: target.primaryKey.columnIds, nullsNotDistinct: false }] : []),
      ...target.uniques.filter((u) => u.columnIds.includes(change.columnId)),
    ];
    keySources.forEach((k, n) => {
      table.indexes.push({
        id: `${k.id}${SHADOW_ID}`, name: change.keys[n]!.shadow, method: 'btree', unique: true, nullsNotDistinct: k.nullsNotDistinct,
        keys: k.columnIds.map((id) => ({ columnId: mapId(id), expression: null, order: null, nulls: null, opclass: null, collation: null })),
        include: [], where: null, with: {}, comment: '',
      });
    });
  }
  return out;
}
