import type { Partition } from '../model/table-parts';

type NewPartition = Omit<Partition, 'id'>;
export type RangeInterval = 'month' | 'week' | 'day';

const WINDOW: Record<RangeInterval, number> = { month: 12, week: 13, day: 31 };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const clip = (name: string) => name.slice(0, 63);

/**
 * Range partitions for a window ahead (12 months, 13 weeks or 31 days) from
 * `start` (weeks start on the Monday of its week, months on the 1st), plus a
 * default partition that catches rows outside the window. Bounds are written for
 * the key column's type: `YYYY-MM-DD` for date, UTC midnight otherwise.
 */
export function rangePartitions(table: string, interval: RangeInterval, start: string, keyType: string): NewPartition[] {
  const first = new Date(`${start}T00:00:00Z`);
  if (interval === 'month') first.setUTCDate(1);
  if (interval === 'week') first.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const step = (d: Date, n: number) => {
    const next = new Date(d);
    if (interval === 'month') next.setUTCMonth(next.getUTCMonth() + n);
    else next.setUTCDate(next.getUTCDate() + n * (interval === 'week' ? 7 : 1));
    return next;
  };
  const bound = (d: Date) => (keyType === 'date' ? iso(d) : keyType === 'timestamp' ? `${iso(d)} 00:00:00` : `${iso(d)} 00:00:00+00`);
  const label = (d: Date) => (interval === 'month'
    ? `y${d.getUTCFullYear()}m${String(d.getUTCMonth() + 1).padStart(2, '0')}`
    : `p${iso(d).replace(/-/g, '')}`);
  const partitions: NewPartition[] = [];
  for (let i = 0; i < WINDOW[interval]; i++) {
    const from = step(first, i);
    const to = step(first, i + 1);
    partitions.push({ name: clip(`${table}_${label(from)}`), bound: { kind: 'range', from: [bound(from)], to: [bound(to)] }, comment: '' });
  }
  partitions.push({ name: clip(`${table}_default`), bound: { kind: 'default' }, comment: 'Rows outside the generated window; create partitions ahead of time so it stays empty.' });
  return partitions;
}

export function hashPartitions(table: string, modulus: number): NewPartition[] {
  return Array.from({ length: modulus }, (_, remainder) => ({
    name: clip(`${table}_p${remainder}`), bound: { kind: 'hash' as const, modulus, remainder }, comment: '',
  }));
}

export function listPartitions(table: string, values: readonly string[]): NewPartition[] {
  const used = new Set<string>();
  const partitions: NewPartition[] = values.map((value) => {
    let name = clip(`${table}_${value.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}`);
    for (let n = 2; used.has(name); n++) name = clip(`${table}_${value.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}_${n}`);
    used.add(name);
    return { name, bound: { kind: 'list' as const, values: [value] }, comment: '' };
  });
  partitions.push({ name: clip(`${table}_default`), bound: { kind: 'default' }, comment: 'Values added later land here until they get a partition.' });
  return partitions;
}
