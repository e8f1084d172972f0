import type { Table } from '../model/table';
import type { IndexKey, IndexMethod } from '../model/table-parts';
import type { DdlError } from './errors';
import type { IndexDef, TableDef } from './schema-model';
import {
  defaultDistance, dimensionAdvice, INDEX_DIMENSION_LIMIT, vectorCastIn, vectorOpclass, type VectorType,
} from './vector';

/**
 * Rules PostgreSQL (or pgvector) enforces at CREATE time, checked before any SQL
 * is emitted so the user gets the reason and the fix instead of a failed script.
 */

/**
 * A primary key or unique constraint (or unique index) on a partitioned table
 * must contain every partition key column, because uniqueness is only enforced
 * inside each partition. Expression partition keys allow no unique constraint at all.
 */
export function checkPartitionKeyCoverage(table: TableDef): DdlError[] {
  const partitionBy = table.partitionBy;
  if (!partitionBy) return [];
  const keyColumns = partitionBy.keys.flatMap((k) => ('column' in k ? [k.column] : []));
  const hasExpression = partitionBy.keys.some((k) => 'expression' in k);
  const object = `${table.ref.schema}.${table.ref.name}`;
  const constraints = [
    ...(table.primaryKey ? [{ name: table.primaryKey.name, columns: table.primaryKey.columns, what: 'primary key' }] : []),
    ...table.uniques.map((u) => ({ name: u.name, columns: u.columns, what: 'unique constraint' })),
    ...table.indexes.filter((i) => i.unique).map((i) => ({
      name: i.name, columns: i.keys.flatMap((k) => (k.column !== null ? [k.column] : [])), what: 'unique index',
    })),
  ];
  return constraints.flatMap(({ name, columns, what }): DdlError[] => {
    const missing = keyColumns.filter((c) => !columns.includes(c));
    if (missing.length === 0 && !hasExpression) return [];
    const message = hasExpression
      ? `the ${what} "${name}" cannot exist on a table partitioned by an expression; partition by plain columns or drop the constraint`
      : `the ${what} "${name}" must include the partition key column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}, because PostgreSQL enforces uniqueness per partition`;
    return [{ kind: 'partition_key_not_in_constraint', object, constraint: name, missingColumns: missing, message }];
  });
}

const isVectorMethod = (method: IndexMethod) => method === 'hnsw' || method === 'ivfflat';

/** The vector type and dimensions an index key covers: from a cast in the expression, else the column's type. */
function vectorKeyType(key: Pick<IndexKey, 'columnId' | 'expression'>, table: Table): { type: VectorType; dimensions: number | null } | null {
  if (key.expression !== null) return vectorCastIn(key.expression);
  const column = table.columns.find((c) => c.id === key.columnId);
  if (!column || column.type.kind !== 'base' || column.type.arrayDims > 0) return null;
  const name = column.type.name;
  if (name !== 'vector' && name !== 'halfvec' && name !== 'sparsevec' && name !== 'bit') return null;
  return { type: name, dimensions: column.type.modifiers[0] ?? null };
}

/**
 * The operator class for a vector index key with none given: the distance of the
 * table's similarity access pattern on that column, else pgvector's default (L2).
 * Written out explicitly so the index says which queries it serves.
 */
export function vectorKeyOpclass(method: IndexMethod, key: IndexKey, table: Table): string | null {
  if (!isVectorMethod(method)) return null;
  const vector = vectorKeyType(key, table);
  if (!vector) return null;
  const pattern = key.columnId !== null
    ? table.accessPatterns.find((p) => p.similarity?.columnId === key.columnId)
    : undefined;
  return vectorOpclass(vector.type, pattern?.similarity?.distance ?? defaultDistance(vector.type));
}

export function checkVectorIndex(index: IndexDef, table: Table): DdlError[] {
  if (!isVectorMethod(index.method)) return [];
  const source = table.indexes.find((i) => i.id === index.id);
  if (!source) return [];
  return source.keys.flatMap((key): DdlError[] => {
    const vector = vectorKeyType(key, table);
    const limit = vector ? INDEX_DIMENSION_LIMIT[vector.type] : undefined;
    if (!vector || vector.dimensions === null || limit === undefined || vector.dimensions <= limit) return [];
    return [{
      kind: 'vector_index_dimensions', object: `${index.table.schema}.${index.table.name}`, index: index.name,
      dimensions: vector.dimensions, limit, message: `index "${index.name}": ${dimensionAdvice(vector.type, vector.dimensions, limit)}`,
    }];
  });
}
