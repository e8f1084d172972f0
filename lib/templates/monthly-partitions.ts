import type { Partition } from '../model/table-parts';

/**
 * Range partitions of one calendar month each, `<table>_yYYYYmMM`, from `firstMonth`
 * (`YYYY-MM`), plus a default partition for rows outside the window. Bounds are
 * UTC midnight timestamps so they work for timestamptz and date keys alike.
 */
export function monthlyRangePartitions(table: string, firstMonth: string, months: number): Partition[] {
  const match = /^(\d{4})-(\d{2})$/.exec(firstMonth);
  if (!match) throw new Error(`monthlyRangePartitions: "${firstMonth}" is not YYYY-MM`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const start = (offset: number) => {
    const date = new Date(Date.UTC(year, month + offset, 1));
    return { iso: date.toISOString().slice(0, 10), label: `y${date.getUTCFullYear()}m${String(date.getUTCMonth() + 1).padStart(2, '0')}` };
  };
  const partitions: Partition[] = [];
  for (let i = 0; i < months; i++) {
    const from = start(i);
    const to = start(i + 1);
    partitions.push({
      id: `part_${table}_${from.label}`.slice(0, 64),
      name: `${table}_${from.label}`.slice(0, 63),
      bound: { kind: 'range', from: [`${from.iso} 00:00:00+00`], to: [`${to.iso} 00:00:00+00`] },
      comment: '',
    });
  }
  partitions.push({ id: `part_${table}_default`.slice(0, 64), name: `${table}_default`.slice(0, 63), bound: { kind: 'default' }, comment: '' });
  return partitions;
}
