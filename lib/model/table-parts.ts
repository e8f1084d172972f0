import { z } from 'zod';
import { Id } from './ids';
import { ColumnType } from './column-type';
import { Comment, SqlExpression, SqlName } from './names';

export const Column = z.strictObject({
  id: Id,
  name: SqlName,
  type: ColumnType,
  nullable: z.boolean().default(true),
  /** SQL expression, e.g. `now()` or `gen_random_uuid()`; null when there is none. */
  default: SqlExpression.nullable().default(null),
  identity: z.enum(['always', 'by_default']).nullable().default(null),
  /** `GENERATED ALWAYS AS (expression) STORED`; always STORED so it can be indexed. */
  generated: z.strictObject({ expression: SqlExpression }).nullable().default(null),
  collation: z.string().min(1).nullable().default(null),
  comment: Comment,
  /**
   * Marks a deliberate copy of another table's column taken at a point in time
   * (order_items.unit_price copied from products.price): historical data, not a
   * transitive dependency, so the normalization check does not report it.
   */
  snapshotOf: z.strictObject({ columnId: Id, note: z.string().max(2000).default('') }).nullable().default(null),
});
export type Column = z.infer<typeof Column>;

export const PrimaryKey = z.strictObject({
  name: SqlName.nullable().default(null),
  columnIds: z.array(Id).min(1, 'a primary key needs at least one column'),
});
export type PrimaryKey = z.infer<typeof PrimaryKey>;

export const UniqueConstraint = z.strictObject({
  id: Id,
  name: SqlName.nullable().default(null),
  columnIds: z.array(Id).min(1, 'a unique constraint needs at least one column'),
  /** PostgreSQL 15+: treat NULLs as equal. */
  nullsNotDistinct: z.boolean().default(false),
});
export type UniqueConstraint = z.infer<typeof UniqueConstraint>;

export const CheckConstraint = z.strictObject({
  id: Id,
  name: SqlName.nullable().default(null),
  expression: SqlExpression,
});
export type CheckConstraint = z.infer<typeof CheckConstraint>;

export const IndexMethod = z.enum(['btree', 'hash', 'gin', 'gist', 'spgist', 'brin', 'hnsw', 'ivfflat']);
export type IndexMethod = z.infer<typeof IndexMethod>;

export const SortOrder = z.enum(['asc', 'desc']);
export const NullsOrder = z.enum(['first', 'last']);

/** An index key is a column or an expression such as `lower(email)`. */
export const IndexKey = z
  .strictObject({
    columnId: Id.nullable().default(null),
    expression: SqlExpression.nullable().default(null),
    order: SortOrder.nullable().default(null),
    nulls: NullsOrder.nullable().default(null),
    opclass: z.string().min(1).nullable().default(null),
    collation: z.string().min(1).nullable().default(null),
  })
  .refine((key) => (key.columnId === null) !== (key.expression === null), {
    message: 'an index key is either a column (columnId) or an expression, not both or neither',
  });
export type IndexKey = z.infer<typeof IndexKey>;

export const Index = z.strictObject({
  id: Id,
  name: SqlName,
  method: IndexMethod.default('btree'),
  unique: z.boolean().default(false),
  nullsNotDistinct: z.boolean().default(false),
  keys: z.array(IndexKey).min(1, 'an index needs at least one key'),
  include: z.array(Id).default([]),
  /** Partial index predicate, without the WHERE keyword. */
  where: SqlExpression.nullable().default(null),
  /** Storage parameters: `m`, `ef_construction`, `lists`, `fillfactor`, `pages_per_range`, … */
  with: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.union([z.string(), z.number()])).default({}),
  comment: Comment,
});
export type Index = z.infer<typeof Index>;

export const PartitionKey = z
  .strictObject({
    columnId: Id.nullable().default(null),
    expression: SqlExpression.nullable().default(null),
  })
  .refine((key) => (key.columnId === null) !== (key.expression === null), {
    message: 'a partition key is either a column (columnId) or an expression',
  });

/** Range bound values are literals; MINVALUE / MAXVALUE are the open ends. */
const BoundValue = z.string().min(1);

export const PartitionBound = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('range'), from: z.array(BoundValue).min(1), to: z.array(BoundValue).min(1) }),
  z.strictObject({ kind: z.literal('list'), values: z.array(BoundValue).min(1) }),
  z.strictObject({
    kind: z.literal('hash'),
    modulus: z.number().int().min(1),
    remainder: z.number().int().min(0),
  }),
  z.strictObject({ kind: z.literal('default') }),
]);
export type PartitionBound = z.infer<typeof PartitionBound>;

export const Partition = z.strictObject({ id: Id, name: SqlName, bound: PartitionBound, comment: Comment });
export type Partition = z.infer<typeof Partition>;

export const Partitioning = z.strictObject({
  strategy: z.enum(['range', 'list', 'hash']),
  key: z.array(PartitionKey).min(1, 'a partitioned table needs a partition key'),
  partitions: z.array(Partition).default([]),
});
export type Partitioning = z.infer<typeof Partitioning>;
