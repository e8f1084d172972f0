import type { Table } from '../model/table';
import { literal } from '../sql/quote';

export interface TimeWindow {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

/**
 * The span a table's times fall in. A range-partitioned table fills its
 * partitions' span (so the default partition stays empty). Otherwise the
 * declared growth shapes it: N rows growing by G a month have been arriving
 * for N / G months (at most 36), and spreading rows evenly over that span makes
 * the last month hold G of them, as declared; no growth means one year.
 */
export function timeWindow(table: Table, now: Date): TimeWindow {
  const range = partitionRange(table);
  if (range?.kind === 'time') return { from: range.from, to: range.to, why: 'the partitions\' range' };
  const rows = table.volume?.rows ?? 0;
  const growth = table.volume?.growthPerMonth ?? 0;
  const months = growth > 0 ? Math.min(36, Math.max(1, Math.ceil(rows / growth))) : 12;
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return { from: from.toISOString(), to: now.toISOString(), why: growth > 0 ? `${months} months (${rows} rows at ${growth} a month)` : '12 months (no growth declared)' };
}

export type PartitionDomain =
  | { readonly kind: 'time'; readonly columnId: string; readonly from: string; readonly to: string }
  | { readonly kind: 'number'; readonly columnId: string; readonly min: number; readonly max: number }
  | { readonly kind: 'list'; readonly columnId: string; readonly values: string[] };

/** Where the partition key's values must fall for rows to land in a declared partition (not the default one). */
export function partitionRange(table: Table): PartitionDomain | null {
  const p = table.partitioning;
  const columnId = p?.key.length === 1 ? p.key[0]!.columnId : null;
  if (!p || !columnId) return null;
  if (p.strategy === 'list') {
    const values = p.partitions.flatMap((x) => (x.bound.kind === 'list' ? x.bound.values : [])).filter((v) => v.toUpperCase() !== 'NULL');
    return values.length > 0 ? { kind: 'list', columnId, values: values.map(asLiteral) } : null;
  }
  if (p.strategy !== 'range') return null;
  const bounds = p.partitions.flatMap((x) => (x.bound.kind === 'range' ? [x.bound] : []))
    .filter((b) => b.from.length === 1 && ![b.from[0], b.to[0]].some((v) => /^(MIN|MAX)VALUE$/i.test(v!)));
  if (bounds.length === 0) return null;
  const from = bounds.map((b) => unquote(b.from[0]!));
  const to = bounds.map((b) => unquote(b.to[0]!));
  if (from.every((v) => /^-?\d+$/.test(v)) && to.every((v) => /^-?\d+$/.test(v))) {
    return { kind: 'number', columnId, min: Math.min(...from.map(Number)), max: Math.max(...to.map(Number)) - 1 };
  }
  const times = [...from, ...to].map((v) => Date.parse(v.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')));
  if (times.some(Number.isNaN)) return null;
  const lo = Math.min(...times.slice(0, from.length));
  const hi = Math.max(...times.slice(from.length));
  return { kind: 'time', columnId, from: new Date(lo).toISOString(), to: new Date(hi - 1000).toISOString() };
}

const unquote = (v: string) => (v.startsWith("'") && v.endsWith("'") ? v.slice(1, -1).replace(/''/g, "'") : v);
const asLiteral = (v: string) => (v.startsWith("'") || /^-?\d+(\.\d+)?$/.test(v) ? v : literal(v));
