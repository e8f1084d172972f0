import type { Partition } from '../model/table-parts';
import { monthlyRangePartitions } from '../templates/monthly-partitions';

/**
 * Partition sets for a window, ready to put in `Table.partitioning.partitions`:
 * monthly (the templates' helper) and weekly range partitions, hash partitions
 * for N buckets, and the default partition that catches what no bound covers
 * (range and list only: PostgreSQL refuses a default partition under hash).
 * Bounds are UTC midnight timestamps, valid for timestamptz and date keys.
 */
export { monthlyRangePartitions };

/** Weeks starting on the Monday of `firstDay` (YYYY-MM-DD), `<table>_wYYYYMMDD`, plus a default partition. */
export function weeklyRangePartitions(table: string, firstDay: string, weeks: number): Partition[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(firstDay);
  if (!match) throw new Error(`weeklyRangePartitions: "${firstDay}" is not YYYY-MM-DD`);
  const start = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7)); // back to Monday
  const day = (offset: number) => {
    const d = new Date(start);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };
  const partitions: Partition[] = [];
  for (let i = 0; i < weeks; i++) {
    const from = day(7 * i);
    const label = `w${from.replace(/-/g, '')}`;
    partitions.push({
      id: `part_${table}_${label}`.slice(0, 64), name: `${table}_${label}`.slice(0, 63),
      bound: { kind: 'range', from: [`${from} 00:00:00+00`], to: [`${day(7 * i + 7)} 00:00:00+00`] }, comment: '',
    });
  }
  partitions.push(defaultPartition(table));
  return partitions;
}

/** `modulus` hash partitions `<table>_p0 … p(N-1)`, remainders 0…N-1: together they cover every key. */
export function hashPartitions(table: string, modulus: number): Partition[] {
  if (!Number.isInteger(modulus) || modulus < 1) throw new Error(`hashPartitions: modulus must be a positive integer (got ${modulus})`);
  return Array.from({ length: modulus }, (_, remainder) => ({
    id: `part_${table}_p${remainder}`.slice(0, 64), name: `${table}_p${remainder}`.slice(0, 63),
    bound: { kind: 'hash' as const, modulus, remainder }, comment: '',
  }));
}

export function defaultPartition(table: string): Partition {
  return { id: `part_${table}_default`.slice(0, 64), name: `${table}_default`.slice(0, 63), bound: { kind: 'default' }, comment: '' };
}
