import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import type { DdlError } from '../errors';
import { indexShape } from '../diff-table-parts';
import { sameData } from '../match';
import { makeObjectName } from '../names';
import { resolveLeniently } from '../resolve';
import type { SchemaModel, TableDef } from '../schema-model';
import { isConstantDefault } from './defaults';

/**
 * The documents a zero-downtime plan passes through. Each step of the plan
 * migrates one state to the next, and its DOWN migrates back, so every step has
 * an exact inverse computed by the same `diff`:
 *
 *   d0  the old schema (names frozen)
 *   d0b d0 without the indexes that go away            ← DROP INDEX CONCURRENTLY
 *   d1  the new schema minus what needs an online step: ← one transaction
 *       new/changed indexes, keys and foreign keys on existing tables are left
 *       out, columns that become NOT NULL are still nullable
 *   d2  d1 + those indexes, and a unique index for each new key ← CONCURRENTLY
 *   d3  d2 with the key indexes turned into constraints (USING INDEX), the
 *       foreign keys (NOT VALID) and one helper CHECK (c IS NOT NULL) per column
 *       that becomes NOT NULL                             ← short transaction
 *       (VALIDATE runs between d3 and d5 and changes no structure)
 *   d5  the new schema                                    ← SET NOT NULL, drop helpers
 */
export interface PlanStates {
  readonly d0: DiagramDocument;
  readonly d0b: DiagramDocument;
  readonly d1: DiagramDocument;
  readonly d2: DiagramDocument;
  readonly d3: DiagramDocument;
  readonly d5: DiagramDocument;
  /** Columns added to existing tables with a default that must be computed per row. */
  readonly backfills: readonly { tableId: string; columnId: string }[];
  /** Helper check names, by `tableId/columnId`. */
  readonly helperChecks: ReadonlyMap<string, string>;
  /** Ids of tables that exist before the change (online patterns apply to these only). */
  readonly existing: ReadonlySet<string>;
  readonly errors: readonly DdlError[];
}

const KEY_INDEX_SUFFIX = '~key_index';
export const isKeyIndexId = (id: string) => id.endsWith(KEY_INDEX_SUFFIX);

export function buildStates(d0: DiagramDocument, d5: DiagramDocument): PlanStates {
  const m0 = resolveLeniently(d0).model;
  const m5 = resolveLeniently(d5).model;
  const existing = new Set(m0.tables.map((t) => t.id).filter((id) => m5.tables.some((t) => t.id === id)));
  const was = (id: string) => m0.tables.find((t) => t.id === id)!;
  const now = (id: string) => m5.tables.find((t) => t.id === id)!;
  const errors: DdlError[] = [];

  const keptIndex = (tableId: string, indexId: string) => {
    const a = was(tableId).indexes.find((i) => i.id === indexId);
    const b = now(tableId).indexes.find((i) => i.id === indexId);
    return a !== undefined && b !== undefined && sameData(indexShape(a), indexShape(b));
  };

  const d0b = structuredClone(d0);
  for (const table of d0b.tables) {
    if (existing.has(table.id)) table.indexes = table.indexes.filter((i) => keptIndex(table.id, i.id));
  }

  const backfills: { tableId: string; columnId: string }[] = [];
  const goingNotNull: { table: Table; columnId: string }[] = [];
  const d1 = structuredClone(d5);
  for (const table of d1.tables) {
    if (!existing.has(table.id)) continue;
    const before = was(table.id);
    const label = `${before.ref.schema}.${table.name}`;
    table.indexes = table.indexes.filter((i) => keptIndex(table.id, i.id));
    table.uniques = table.uniques.filter((u) => sameUnique(before, now(table.id), u.id));
    if (table.primaryKey && !sameData(before.primaryKey?.columnIds, table.primaryKey.columnIds)) table.primaryKey = null;
    for (const column of table.columns) {
      const old = before.columns.find((c) => c.id === column.id);
      const computed = column.identity !== null || column.generated !== null;
      const perRowDefault = !old && !computed && column.default !== null && !isConstantDefault(column.default);
      if (perRowDefault) backfills.push({ tableId: table.id, columnId: column.id });
      if (column.nullable || computed) continue;
      if (old && !old.nullable) continue;
      if (!old && column.default === null) {
        errors.push({
          kind: 'backfill_value_required', object: label, column: column.name,
          message: `the new NOT NULL column "${column.name}" has no default, so existing rows of ${label} have no value for it; give it a default (used to backfill them, you can drop it in a later version) or add it as nullable first`,
        });
        continue;
      }
      if (!old && !perRowDefault) continue; // a constant default fills every row without a rewrite
      column.nullable = true;
      goingNotNull.push({ table, columnId: column.id });
    }
  }
  const keptForeignKey = (relId: string) => {
    const a = m0.foreignKeys.find((f) => f.id === relId);
    const b = m5.foreignKeys.find((f) => f.id === relId);
    if (!b) return false;
    if (!existing.has(b.tableId) && !existing.has(b.referencesId)) return true;
    return a !== undefined && sameData(fkShape(a), fkShape(b));
  };
  d1.relationships = d1.relationships.filter((r) => keptForeignKey(r.id));

  const d2 = structuredClone(d1);
  for (const table of d2.tables) {
    if (!existing.has(table.id)) continue;
    const target = d5.tables.find((t) => t.id === table.id)!;
    table.indexes = structuredClone(target.indexes);
    if (target.partitioning) continue; // partitioned tables cannot take a key USING INDEX
    for (const key of newKeys(table, target)) {
      table.indexes.push({
        id: `${key.id}${KEY_INDEX_SUFFIX}`, name: key.name!, method: 'btree', unique: true, nullsNotDistinct: key.nullsNotDistinct,
        keys: key.columnIds.map((columnId) => ({ columnId, expression: null, order: null, nulls: null, opclass: null, collation: null })),
        include: [], where: null, with: {}, comment: '',
      });
    }
  }

  const helperChecks = new Map<string, string>();
  const d3 = structuredClone(d2);
  d3.relationships = structuredClone(d5.relationships);
  for (const table of d3.tables) {
    if (!existing.has(table.id)) continue;
    const target = d5.tables.find((t) => t.id === table.id)!;
    table.indexes = table.indexes.filter((i) => !isKeyIndexId(i.id));
    table.uniques = structuredClone(target.uniques);
    table.primaryKey = structuredClone(target.primaryKey);
    for (const { columnId } of goingNotNull.filter((g) => g.table.id === table.id)) {
      const column = table.columns.find((c) => c.id === columnId)!;
      const name = makeObjectName(table.name, column.name, 'not_null');
      helperChecks.set(`${table.id}/${columnId}`, name);
      table.checks.push({ id: `${columnId}~not_null`, name, expression: `${quoteName(column.name)} IS NOT NULL` });
    }
  }
  return { d0, d0b, d1, d2, d3, d5, backfills, helperChecks, existing, errors };
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

function sameUnique(before: TableDef, after: TableDef, id: string): boolean {
  const a = before.uniques.find((u) => u.id === id);
  const b = after.uniques.find((u) => u.id === id);
  return a !== undefined && b !== undefined && sameData([a.columnIds, a.nullsNotDistinct], [b.columnIds, b.nullsNotDistinct]);
}

/** Keys of the target that d1 left out: they are built as unique indexes first. */
function newKeys(current: Table, target: Table) {
  const keys = target.uniques.filter((u) => !current.uniques.some((c) => c.id === u.id))
    .map((u) => ({ id: u.id, name: u.name, columnIds: u.columnIds, nullsNotDistinct: u.nullsNotDistinct }));
  if (target.primaryKey && !current.primaryKey) {
    keys.push({ id: `${target.id}~pkey`, name: target.primaryKey.name, columnIds: target.primaryKey.columnIds, nullsNotDistinct: false });
  }
  return keys;
}

const fkShape = (fk: SchemaModel['foreignKeys'][number]) => [
  fk.tableId, fk.columnIds, fk.referencesId, fk.referencedColumnIds, fk.onDelete, fk.onUpdate, fk.deferrable, fk.matchFull,
];
