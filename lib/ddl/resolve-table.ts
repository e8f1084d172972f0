import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';
import type { Index } from '../model/table-parts';
import type { DdlError } from './errors';
import { expressionFeatureErrors, requireFeature } from './features';
import { defaultCheckName, defaultPrimaryKeyName, defaultUniqueName } from './names';
import { renderType, type TypeLookup } from './render-type';
import type { ColumnDef, IndexDef, IndexKeyDef, ObjectRef, TableDef } from './schema-model';
import { checkPartitionKeyCoverage, checkVectorIndex, vectorKeyOpclass } from './table-rules';
import { notImmutableReason } from './immutability';
import { checkVectorParameters, withVectorDefaults } from './vector-params';

export interface TableContext {
  readonly doc: DiagramDocument;
  readonly version: number;
  readonly lookup: TypeLookup;
  readonly refOf: (schemaId: string, name: string) => ObjectRef;
  readonly takenIn: (schema: string) => Set<string>;
  readonly errors: DdlError[];
}

/** One table of the document as a TableDef; what the target would reject is pushed to `ctx.errors`. */
export function resolveTable(table: Table, ctx: TableContext): TableDef {
  const ref = ctx.refOf(table.schemaId, table.name);
  const where = `${ref.schema}.${ref.name}`;
  const exprErrors = (expression: string | null, object: string) => {
    if (expression !== null) ctx.errors.push(...expressionFeatureErrors(ctx.version, expression, object));
  };
  const names = new Map(table.columns.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => {
    const name = names.get(id);
    if (name === undefined) ctx.errors.push({ kind: 'broken_reference', object: where, message: `refers to column "${id}", which is not a column of this table` });
    return name ?? '?';
  };

  const columns: ColumnDef[] = table.columns.map((c) => {
    const type = renderType(c.type, ctx.lookup);
    if (type === null) ctx.errors.push({ kind: 'broken_reference', object: `${where}.${c.name}`, message: 'the column type refers to an enum or domain that does not exist' });
    exprErrors(c.default, `${where}.${c.name}`);
    exprErrors(c.generated?.expression ?? null, `${where}.${c.name}`);
    const mutable = c.generated ? notImmutableReason(c.generated.expression) : null;
    if (mutable) {
      ctx.errors.push({
        kind: 'not_immutable', object: `${where}.${c.name}`, column: c.name,
        message: `the generated column "${c.name}" uses GENERATED ALWAYS AS (${c.generated!.expression}), which PostgreSQL refuses: ${mutable}`,
      });
    }
    return {
      id: c.id, name: c.name, type: type ?? '?', typeKey: JSON.stringify(c.type), nullable: c.nullable, default: c.default, identity: c.identity,
      generated: c.generated?.expression ?? null, collation: c.collation, comment: c.comment,
    };
  });
  const columnNames = columns.map((c) => c.name);
  const taken = ctx.takenIn(ref.schema);

  // PostgreSQL names constraints in this order while running CREATE TABLE: key, uniques, checks.
  const primaryKey = table.primaryKey && {
    name: table.primaryKey.name ?? defaultPrimaryKeyName(table.name, taken),
    columns: table.primaryKey.columnIds.map(nameOf),
    columnIds: table.primaryKey.columnIds,
  };
  const uniques = table.uniques.map((u) => {
    const cols = u.columnIds.map(nameOf);
    const name = u.name ?? defaultUniqueName(table.name, cols, taken);
    if (u.nullsNotDistinct) pushIf(ctx.errors, requireFeature(ctx.version, 'nullsNotDistinct', `${where} constraint ${name}`));
    return { id: u.id, name, columns: cols, columnIds: u.columnIds, nullsNotDistinct: u.nullsNotDistinct };
  });
  const checks = table.checks.map((c) => {
    exprErrors(c.expression, `${where} check`);
    return { id: c.id, expression: c.expression, name: c.name ?? defaultCheckName(table.name, c.expression, columnNames, taken) };
  });

  const partitioning = table.partitioning;
  const partitionBy = partitioning && {
    strategy: partitioning.strategy,
    keys: partitioning.key.map((k) => (k.columnId !== null ? { column: nameOf(k.columnId), columnId: k.columnId } : { expression: k.expression! })),
  };
  const partitions = (partitioning?.partitions ?? []).map((p) => ({
    id: p.id, ref: ctx.refOf(table.schemaId, p.name), bound: p.bound, comment: p.comment,
  }));

  const indexes = table.indexes.map((index) => resolveIndex(index, table, ref, nameOf, ctx));

  const tableDef: TableDef = {
    id: table.id, ref, unlogged: table.unlogged, columns, primaryKey, uniques, checks, partitionBy, partitions, indexes, comment: table.comment,
  };
  if (partitionBy) ctx.errors.push(...checkPartitionKeyCoverage(tableDef));
  return tableDef;
}

function resolveIndex(
  index: Index,
  table: Table,
  ref: ObjectRef,
  nameOf: (id: string) => string,
  ctx: TableContext,
): IndexDef {
  const object = `${ref.schema}.${index.name}`;
  if (index.nullsNotDistinct) pushIf(ctx.errors, requireFeature(ctx.version, 'nullsNotDistinct', `index ${object}`));
  if (index.where !== null) ctx.errors.push(...expressionFeatureErrors(ctx.version, index.where, `index ${object}`));
  for (const expression of [...index.keys.map((k) => k.expression), index.where]) {
    const mutable = expression === null ? null : notImmutableReason(expression);
    if (mutable) {
      ctx.errors.push({ kind: 'not_immutable', object: `index ${object}`, column: '', message: `the index "${index.name}" uses (${expression}), which PostgreSQL refuses in an index: ${mutable}` });
    }
  }
  ctx.errors.push(...checkVectorParameters(index, `${ref.schema}.${ref.name}`));
  const storage = withVectorDefaults(index, table.volume);
  const keys: IndexKeyDef[] = index.keys.map((key) => {
    const column = key.columnId !== null ? nameOf(key.columnId) : null;
    const opclass = key.opclass ?? vectorKeyOpclass(index.method, key, table);
    return { column, columnId: key.columnId, expression: key.expression, order: key.order, nulls: key.nulls, opclass, collation: key.collation };
  });
  const def: IndexDef = {
    id: index.id, name: index.name, table: ref, method: index.method, unique: index.unique,
    nullsNotDistinct: index.nullsNotDistinct, keys, include: index.include.map(nameOf), includeIds: index.include, where: index.where,
    with: Object.entries(storage).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), comment: index.comment,
  };
  ctx.errors.push(...checkVectorIndex(def, table));
  return def;
}

function pushIf<T>(list: T[], item: T | null) {
  if (item !== null) list.push(item);
}
