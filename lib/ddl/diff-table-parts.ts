import type { DdlError } from './errors';
import { matchById, sameData } from './match';
import type { Operation, TableConstraint } from './operations';
import type { IndexDef, TableDef } from './schema-model';

/**
 * The parts of a table that exists on both sides. Drops name the table as it
 * was (they run before renames), everything else as it is now (it runs after);
 * `order.ts` enforces that.
 */

export function diffColumns(was: TableDef, now: TableDef, ops: Operation[], errors: DdlError[]): void {
  const columns = matchById(was.columns, now.columns);
  for (const column of columns.removed) ops.push({ kind: 'drop_column', table: was.ref, column: column.name });
  for (const column of columns.added) {
    ops.push({ kind: 'add_column', table: now.ref, column });
    if (column.comment) ops.push({ kind: 'set_comment', target: { on: 'column', table: now.ref, column: column.name }, comment: column.comment });
  }
  for (const [c0, c1] of columns.kept) {
    const table = now.ref;
    if (c0.name !== c1.name) ops.push({ kind: 'rename_column', table, from: c0.name, to: c1.name });
    if (c0.typeKey !== c1.typeKey) ops.push({ kind: 'alter_column_type', table, column: c1.name, from: c0.type, to: c1.type });
    if (c0.default !== c1.default) ops.push({ kind: 'set_column_default', table, column: c1.name, default: c1.default });
    if (c0.nullable !== c1.nullable) ops.push({ kind: 'set_column_nullable', table, column: c1.name, nullable: c1.nullable });
    if (c0.identity !== c1.identity || c0.generated !== c1.generated || c0.collation !== c1.collation) {
      errors.push({
        kind: 'unsupported_change', object: `${table.schema}.${table.name}.${c1.name}`,
        message: 'changing a column\'s identity, generated expression or collation is not supported yet',
      });
    }
    if (c0.comment !== c1.comment) ops.push({ kind: 'set_comment', target: { on: 'column', table, column: c1.name }, comment: c1.comment || null });
  }
}

interface Keyed { id: string; name: string; shape: unknown; constraint: TableConstraint }

function constraintsOf(table: TableDef): Keyed[] {
  const list: Keyed[] = [];
  if (table.primaryKey) {
    list.push({ id: 'primary_key', name: table.primaryKey.name, shape: table.primaryKey.columnIds, constraint: { type: 'primary_key', key: table.primaryKey } });
  }
  for (const unique of table.uniques) {
    list.push({ id: unique.id, name: unique.name, shape: [unique.columnIds, unique.nullsNotDistinct], constraint: { type: 'unique', unique } });
  }
  for (const check of table.checks) list.push({ id: check.id, name: check.name, shape: check.expression, constraint: { type: 'check', check } });
  return list;
}

/** Primary key, uniques and checks by id; a changed definition is dropped and added again, a new name is a RENAME. */
export function diffConstraints(was: TableDef, now: TableDef, ops: Operation[]): void {
  const matched = matchById(constraintsOf(was), constraintsOf(now));
  const drop = (c: Keyed) => ops.push({ kind: 'drop_constraint', table: was.ref, name: c.name, what: c.constraint.type });
  const add = (c: Keyed) => ops.push({ kind: 'add_constraint', table: now.ref, constraint: c.constraint });
  matched.removed.forEach(drop);
  matched.added.forEach(add);
  for (const [c0, c1] of matched.kept) {
    if (!sameData(c0.shape, c1.shape)) {
      drop(c0);
      add(c1);
    } else if (c0.name !== c1.name) {
      ops.push({ kind: 'rename_constraint', table: now.ref, from: c0.name, to: c1.name });
    }
  }
}

export function diffPartitions(was: TableDef, now: TableDef, ops: Operation[], errors: DdlError[]): void {
  const partitions = matchById(was.partitions, now.partitions);
  for (const p of partitions.removed) ops.push({ kind: 'drop_table', table: p.ref, partitioned: false });
  for (const p of partitions.added) {
    ops.push({ kind: 'create_partition', parent: now.ref, partition: p, newParent: false });
    if (p.comment) ops.push({ kind: 'set_comment', target: { on: 'table', ref: p.ref }, comment: p.comment });
  }
  for (const [p0, p1] of partitions.kept) {
    if (p0.ref.name !== p1.ref.name) ops.push({ kind: 'rename_table', table: { schema: p1.ref.schema, name: p0.ref.name }, to: p1.ref.name });
    if (!sameData(p0.bound, p1.bound)) {
      errors.push({ kind: 'unsupported_change', object: `${p1.ref.schema}.${p1.ref.name}`, message: 'changing a partition bound (detach + attach) is not supported yet' });
    }
    if (p0.comment !== p1.comment) ops.push({ kind: 'set_comment', target: { on: 'table', ref: p1.ref }, comment: p1.comment || null });
  }
}

export const indexShape = (i: IndexDef) => [
  i.method, i.unique, i.nullsNotDistinct,
  i.keys.map((k) => [k.columnId, k.expression, k.order, k.nulls, k.opclass, k.collation]),
  i.includeIds, i.where, i.with,
];

export function diffIndexes(was: TableDef, now: TableDef, ops: Operation[], concurrently: boolean): void {
  const indexes = matchById(was.indexes, now.indexes);
  const drop = (i: IndexDef) => ops.push({ kind: 'drop_index', index: { schema: was.ref.schema, name: i.name }, concurrently });
  const create = (i: IndexDef) => ops.push({ kind: 'create_index', index: i, concurrently, newTable: false });
  indexes.removed.forEach(drop);
  indexes.added.forEach(create);
  for (const [i0, i1] of indexes.kept) {
    if (!sameData(indexShape(i0), indexShape(i1))) {
      drop(i0);
      create(i1);
    } else if (i0.name !== i1.name) {
      ops.push({ kind: 'rename_index', index: { schema: now.ref.schema, name: i0.name }, to: i1.name });
    }
  }
  for (const index of now.indexes) {
    const before = was.indexes.find((i) => i.id === index.id);
    if ((before?.comment ?? '') !== index.comment) {
      ops.push({ kind: 'set_comment', target: { on: 'index', ref: { schema: now.ref.schema, name: index.name } }, comment: index.comment || null });
    }
  }
}
