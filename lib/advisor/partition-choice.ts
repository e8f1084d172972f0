import type { AccessPattern } from '../model/requirements';
import type { Table } from '../model/table';
import type { Column } from '../model/table-parts';
import { readingPatterns, type AdvisorContext } from './context';
import { baseType, isTimeColumn } from './column-types';
import { maxPartitionBytes } from './options';
import { projectSize, type SizeProjection } from './size';
import type { RangeInterval } from './partition-bounds';

export type PartitionChoice =
  | { readonly strategy: 'range'; readonly column: Column; readonly interval: RangeInterval; readonly projection: SizeProjection; readonly why: string }
  | { readonly strategy: 'hash'; readonly column: Column; readonly modulus: number; readonly projection: SizeProjection; readonly why: string }
  | { readonly strategy: 'list'; readonly column: Column; readonly values: string[]; readonly projection: SizeProjection; readonly why: string };

const TENANT = /^(tenant|account|org|organization|organisation|workspace|customer|company|team)_id$/;
const PRUNING_OPS = new Set<AccessPattern['filters'][number]['operator']>(['eq', 'in', 'lt', 'lte', 'gt', 'gte', 'between']);
const WEEKS_PER_MONTH = 4.35;

const cache = new WeakMap<Table, PartitionChoice | null>();

/**
 * Which partitioning (if any) a not-yet-partitioned table should get, once its
 * projected size passes the RAM threshold. In order of preference: range by a
 * time column every pattern filters on; hash by a tenant column every pattern
 * filters on; list by a low-cardinality category every pattern filters on;
 * else range by the table's time column (for retention), naming the patterns
 * that will not prune.
 */
export function partitionChoice(table: Table, ctx: AdvisorContext): PartitionChoice | null {
  if (cache.has(table)) return cache.get(table)!;
  const choice = choose(table, ctx);
  cache.set(table, choice);
  return choice;
}

function choose(table: Table, ctx: AdvisorContext): PartitionChoice | null {
  if (table.partitioning !== null) return null;
  const projection = projectSize(table, ctx.options);
  if (!projection || !projection.exceedsRam) return null;
  const patterns = readingPatterns(table).filter((p) => p.filters.length > 0 || p.similarity === null);
  const everyFilters = (column: Column, ops: ReadonlySet<string>) => patterns.length > 0
    && patterns.every((p) => p.filters.some((f) => f.columnId === column.id && ops.has(f.operator)));
  const times = table.columns.filter(isTimeColumn);
  const usedTime = [...times].sort((a, b) => usage(patterns, b) - usage(patterns, a))[0];
  const maxBytes = maxPartitionBytes(ctx.options);
  const range = (column: Column, why: string): PartitionChoice => ({ strategy: 'range', column, interval: interval(table, projection, maxBytes), projection, why });
  if (usedTime && everyFilters(usedTime, PRUNING_OPS)) return range(usedTime, `every access pattern filters on ${usedTime.name}, so each query reads only the partitions of its time range`);
  const tenant = table.columns.find((c) => TENANT.test(c.name) && everyFilters(c, new Set(['eq', 'in'])));
  if (tenant) {
    const modulus = Math.min(256, Math.max(4, 2 ** Math.ceil(Math.log2(Math.max(1, projection.bytesAtHorizon / maxBytes)))));
    return { strategy: 'hash', column: tenant, modulus, projection, why: `every access pattern filters on ${tenant.name}, so each query reads one of ${modulus} partitions, and tenants spread evenly across them` };
  }
  const category = table.columns.map((c) => ({ c, values: categoryValues(table, c, ctx) })).find(({ c, values }) => values !== null && everyFilters(c, new Set(['eq', 'in'])));
  if (category) return { strategy: 'list', column: category.c, values: category.values!, projection, why: `every access pattern filters on ${category.c.name}, a category with ${category.values!.length} values, so each query reads only its category's partition` };
  const timeColumn = usedTime && usage(patterns, usedTime) > 0 ? usedTime : times.find((c) => /now\(\)|current_timestamp/i.test(c.default ?? ''));
  if (timeColumn) return range(timeColumn, `${timeColumn.name} grows with time, so old partitions can be detached or dropped instead of deleting rows, and VACUUM works per partition`);
  return null;
}

const usage = (patterns: readonly AccessPattern[], column: Column) => patterns.filter((p) => p.filters.some((f) => f.columnId === column.id)).length;

/** The longest interval whose partitions stay under the size cap: a month, else a week, else a day. */
function interval(table: Table, projection: SizeProjection, maxBytes: number): RangeInterval {
  const perMonth = (table.volume?.growthPerMonth ?? 0) * projection.rowBytes;
  if (perMonth <= maxBytes) return 'month';
  if (perMonth / WEEKS_PER_MONTH <= maxBytes) return 'week';
  return 'day';
}

/** The values of an enum column, or of a `column IN ('a', 'b')` check; null when the column is no category. */
export function categoryValues(table: Table, column: Column, ctx: AdvisorContext): string[] | null {
  if (column.type.kind === 'enum' && column.type.arrayDims === 0) {
    const enumId = column.type.enumId;
    return ctx.doc.enums.find((e) => e.id === enumId)?.values.map((v) => v.name) ?? null;
  }
  if (!['text', 'varchar', 'char'].includes(baseType(column) ?? '')) return null;
  for (const check of table.checks) {
    const match = new RegExp(`^\\(?\\s*"?${escape(column.name)}"?\\s+IN\\s*\\(([^)]*)\\)\\s*\\)?$`, 'i').exec(check.expression.trim());
    if (match) return [...match[1]!.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
  }
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

