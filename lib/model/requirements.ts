import { z } from 'zod';
import { Id } from './ids';

/** A functional dependency the user declared: the determinant columns fix the dependent ones. */
export const FunctionalDependency = z.strictObject({
  id: Id,
  determinant: z.array(Id).min(1, 'a dependency needs at least one determinant column'),
  dependent: z.array(Id).min(1, 'a dependency needs at least one dependent column'),
  note: z.string().max(2000).default(''),
});
export type FunctionalDependency = z.infer<typeof FunctionalDependency>;

export const FilterOperator = z.enum([
  'eq', 'neq', 'in', 'lt', 'lte', 'gt', 'gte', 'between', 'prefix', 'is_null', 'is_not_null',
  // JSONB / arrays: @>, <@, ?, jsonpath; full text: @@
  'contains', 'contained_by', 'has_key', 'jsonpath', 'fulltext',
]);
export type FilterOperator = z.infer<typeof FilterOperator>;

export const PatternFilter = z.strictObject({
  columnId: Id,
  operator: FilterOperator,
  /** A constant the query always uses (`status = 'active'`), which makes a partial index possible. */
  constant: z.string().max(1000).nullable().default(null),
});

export const PatternSort = z.strictObject({
  columnId: Id,
  direction: z.enum(['asc', 'desc']).default('asc'),
  nulls: z.enum(['first', 'last']).nullable().default(null),
});

export const VectorDistance = z.enum(['cosine', 'l2', 'inner_product', 'l1', 'hamming', 'jaccard']);
export type VectorDistance = z.infer<typeof VectorDistance>;

export const Frequency = z.strictObject({
  count: z.number().min(0),
  per: z.enum(['second', 'minute', 'hour', 'day']),
});

/**
 * A named query the application runs against this table. Index, partitioning and
 * EXPLAIN advice are derived from these, so every proposed index can say which
 * pattern it serves.
 */
export const AccessPattern = z.strictObject({
  id: Id,
  name: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  operation: z.enum(['select', 'insert', 'update', 'delete']).default('select'),
  filters: z.array(PatternFilter).default([]),
  /** Relationships (foreign keys) this query joins along. */
  joins: z.array(Id).default([]),
  orderBy: z.array(PatternSort).default([]),
  /** Nearest-neighbour search on a vector column. */
  similarity: z
    .strictObject({ columnId: Id, distance: VectorDistance, k: z.number().int().min(1).max(100000) })
    .nullable()
    .default(null),
  /** Columns the query reads; empty means all (`SELECT *`). */
  select: z.array(Id).default([]),
  limit: z.number().int().min(1).nullable().default(null),
  frequency: Frequency.default({ count: 1, per: 'second' }),
});
export type AccessPattern = z.infer<typeof AccessPattern>;

export const Volume = z.strictObject({
  rows: z.number().int().min(0),
  growthPerMonth: z.number().int().min(0).default(0),
  /** Average row size in bytes when the user knows it better than the estimate. */
  rowBytes: z.number().int().min(1).nullable().default(null),
});
export type Volume = z.infer<typeof Volume>;
