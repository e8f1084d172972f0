import type { DdlError } from './errors';
import { createTableOperations } from './diff-create';
import { diffColumns, diffConstraints, diffIndexes, diffPartitions } from './diff-table-parts';
import { matchById, sameData } from './match';
import type { Operation } from './operations';
import type { ForeignKeyDef, SchemaModel, TableDef } from './schema-model';

export interface TableDiffOptions {
  /** Build indexes on existing tables with CONCURRENTLY (never on partitioned tables, which do not support it). */
  readonly concurrentIndexes: boolean;
}

/**
 * Tables by id: a kept id is the same table, so a new name is a RENAME and a new
 * schema a SET SCHEMA, never drop + create. Renames are applied before the parts
 * of the table are compared, so those operations use the new name.
 */
export function diffTables(before: SchemaModel, after: SchemaModel, ops: Operation[], errors: DdlError[], options: TableDiffOptions): void {
  const tables = matchById(before.tables, after.tables);
  for (const table of tables.removed) ops.push({ kind: 'drop_table', table: table.ref, partitioned: table.partitionBy !== null });
  for (const table of tables.added) ops.push(...createTableOperations(table));
  for (const [was, now] of tables.kept) diffTable(was, now, ops, errors, options);
}

function diffTable(was: TableDef, now: TableDef, ops: Operation[], errors: DdlError[], options: TableDiffOptions): void {
  const object = `${now.ref.schema}.${now.ref.name}`;
  let current = was.ref;
  if (was.ref.schema !== now.ref.schema) {
    ops.push({ kind: 'set_table_schema', table: current, schema: now.ref.schema });
    current = { schema: now.ref.schema, name: current.name };
  }
  if (was.ref.name !== now.ref.name) ops.push({ kind: 'rename_table', table: current, to: now.ref.name });
  if (was.unlogged !== now.unlogged) errors.push({ kind: 'unsupported_change', object, message: 'switching between logged and unlogged is not supported yet' });
  if (!sameData(partitionShape(was), partitionShape(now))) {
    errors.push({ kind: 'unsupported_change', object, message: 'changing how a table is partitioned needs a new table and a data copy; this is not supported yet' });
  }
  diffColumns(was, now, ops, errors);
  diffConstraints(was, now, ops);
  diffPartitions(was, now, ops, errors);
  diffIndexes(was, now, ops, options.concurrentIndexes && now.partitionBy === null);
  if (was.comment !== now.comment) ops.push({ kind: 'set_comment', target: { on: 'table', ref: now.ref }, comment: now.comment || null });
}

const partitionShape = (t: TableDef) => t.partitionBy && {
  strategy: t.partitionBy.strategy,
  keys: t.partitionBy.keys.map((k) => ('columnId' in k ? k.columnId : k.expression)),
};

/** Foreign keys by id; one whose columns, target or actions changed is dropped and added again. */
export function diffForeignKeys(before: SchemaModel, after: SchemaModel, ops: Operation[]): void {
  const beforeTables = new Set(before.tables.map((t) => t.id));
  const fks = matchById(before.foreignKeys, after.foreignKeys);
  const drop = (fk: ForeignKeyDef) => ops.push({ kind: 'drop_constraint', table: fk.table, name: fk.name, what: 'foreign_key' });
  const add = (fk: ForeignKeyDef) => ops.push({
    kind: 'add_foreign_key', foreignKey: fk, newTables: !beforeTables.has(fk.tableId) && !beforeTables.has(fk.referencesId),
  });
  for (const fk of fks.removed) drop(fk);
  for (const fk of fks.added) add(fk);
  for (const [was, now] of fks.kept) {
    if (!sameData(foreignKeyShape(was), foreignKeyShape(now))) {
      drop(was);
      add(now);
    } else if (was.name !== now.name) {
      ops.push({ kind: 'rename_constraint', table: now.table, from: was.name, to: now.name });
    }
  }
}

const foreignKeyShape = (fk: ForeignKeyDef) => [
  fk.tableId, fk.columnIds, fk.referencesId, fk.referencedColumnIds, fk.onDelete, fk.onUpdate, fk.deferrable, fk.matchFull,
];
