import type { Table } from '../../model';
import type { SampleValue, TableSample } from '../../normalization/discovery';
import { ident, numberLiteral, qualified } from '../../sql/quote';
import type { Queryable } from '../introspect/queryable';
import type { ColumnPlan, LiveTable } from './live-columns';

/**
 * How the rows were picked:
 * - `random_order`: `ORDER BY random() LIMIT n`, a full scan, used for tables the
 *   statistics call small (or never analyzed), where every row may be read;
 * - `tablesample`: `TABLESAMPLE SYSTEM (p)`, whole random pages, cheap on big
 *   tables; rows of one page were often written together, so the sample is less
 *   independent than a row-level one (fine for finding rules, said in the report).
 */
export type SampleMethod = 'random_order' | 'tablesample';

export interface SampleOptions {
  readonly sampleSize: number;
  /** Same seed, same rows (for an unchanged table). */
  readonly seed: number;
}

export interface SampledRows {
  readonly sample: TableSample;
  readonly method: SampleMethod;
  readonly sql: string;
}

/** Below this many estimated rows per wanted row, scanning everything is cheap enough. */
const SMALL_TABLE_FACTOR = 5;

export function sampleSql(schemaName: string, table: Table, columns: readonly ColumnPlan[], live: LiveTable, options: SampleOptions): { sql: string; method: SampleMethod } {
  const select = columns.map((c, k) => {
    const read = c.handling === 'hashed' ? `md5(${ident(c.name)}::text)` : `${ident(c.name)}::text`;
    return `${read} AS ${ident(`c${k}`)}`;
  }).join(', ');
  const from = qualified(schemaName, table.name);
  const limit = numberLiteral(options.sampleSize);
  const small = live.estimatedRows <= 0 || live.estimatedRows < options.sampleSize * SMALL_TABLE_FACTOR;
  if (small) return { method: 'random_order', sql: `SELECT ${select} FROM ${from} ORDER BY random() LIMIT ${limit}` };
  // Ask for 20% more pages than the estimate needs, so the LIMIT is usually reached.
  const percent = Math.min(100, Math.ceil((options.sampleSize / live.estimatedRows) * 120 * 1000) / 1000);
  const seed = numberLiteral(options.seed);
  return { method: 'tablesample', sql: `SELECT ${select} FROM ${from} TABLESAMPLE SYSTEM (${numberLiteral(percent)}) REPEATABLE (${seed}) LIMIT ${limit}` };
}

/** Reads the sample; `setseed` makes `random()` repeatable within this session. */
export async function readSample(db: Queryable, schemaName: string, table: Table, live: LiveTable, options: SampleOptions): Promise<SampledRows> {
  const columns = live.columns.filter((c) => c.handling !== 'missing');
  const { sql, method } = sampleSql(schemaName, table, columns, live, options);
  if (method === 'random_order') await db.query('SELECT setseed($1)', [seedFraction(options.seed)]);
  const result = await db.query<Record<string, SampleValue>>(sql);
  const rows = result.rows.map((r) => columns.map((_, k) => r[`c${k}`] ?? null));
  return { sample: { tableId: table.id, columnIds: columns.map((c) => c.columnId), rows }, method, sql };
}

/** setseed takes a number in [-1, 1]. */
function seedFraction(seed: number): number {
  return (Math.abs(seed) % 1_000_000) / 1_000_000;
}
