import type { Column } from '../model/table-parts';
import type { Table } from '../model/table';
import { fmt } from './context';
import type { AdvisorOptions } from './options';

/** Typical stored widths in bytes; variable-length types get a middling guess the user can override with `volume.rowBytes`. */
const FIXED: Record<string, number> = {
  smallint: 2, integer: 4, bigint: 8, smallserial: 2, serial: 4, bigserial: 8, real: 4, 'double precision': 8, money: 8,
  numeric: 12, boolean: 1, date: 4, time: 8, timetz: 12, timestamp: 8, timestamptz: 8, interval: 16, uuid: 16,
  text: 32, varchar: 32, char: 16, citext: 32, json: 128, jsonb: 128, bytea: 64, inet: 10, cidr: 10, macaddr: 6, tsvector: 128,
};

function columnBytes(column: Column): number {
  const type = column.type;
  if (type.kind === 'enum') return type.arrayDims > 0 ? 48 : 4;
  if (type.kind !== 'base') return 16;
  if (type.arrayDims > 0) return 64;
  const n = type.modifiers[0];
  if (type.name === 'vector' && n) return 4 * n + 8;
  if (type.name === 'halfvec' && n) return 2 * n + 8;
  if ((type.name === 'varchar' || type.name === 'char') && n) return Math.min(n, 64) + 1;
  return FIXED[type.name] ?? 16;
}

/** Heap bytes per row: 24-byte tuple header, 4-byte line pointer, the columns, aligned to 8. */
export function estimateRowBytes(table: Table): number {
  const data = table.columns.reduce((sum, c) => sum + columnBytes(c), 0);
  return 28 + Math.ceil(data / 8) * 8;
}

export interface SizeProjection {
  readonly rowBytes: number;
  /** True when rowBytes is our estimate rather than the declared `volume.rowBytes`. */
  readonly estimated: boolean;
  readonly rowsAtHorizon: number;
  readonly bytesAtHorizon: number;
  readonly exceedsRam: boolean;
  /** The arithmetic, written out for the user. */
  readonly text: string;
}

export function projectSize(table: Table, options: AdvisorOptions): SizeProjection | null {
  if (!table.volume) return null;
  const { rows, growthPerMonth } = table.volume;
  const rowBytes = table.volume.rowBytes ?? estimateRowBytes(table);
  const rowsAtHorizon = rows + growthPerMonth * options.horizonMonths;
  const bytesAtHorizon = rowsAtHorizon * rowBytes;
  const exceedsRam = bytesAtHorizon > options.ramBytes;
  const text = `(${fmt(rows)} rows + ${fmt(growthPerMonth)}/month × ${options.horizonMonths} months) × ${fmt(rowBytes)} B/row`
    + `${table.volume.rowBytes === null ? ' (estimated from the column types)' : ''} = ${formatBytes(bytesAtHorizon)} of table data`
    + ` ${exceedsRam ? '>' : '≤'} ${formatBytes(options.ramBytes)} of server RAM`;
  return { rowBytes, estimated: table.volume.rowBytes === null, rowsAtHorizon, bytesAtHorizon, exceedsRam, text };
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`;
}
