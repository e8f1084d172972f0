import type { Sequence, SequenceDataType } from '../../model/sequence';
import { SEQUENCE_TYPE_RANGE } from '../../model/validate-sequence';
import type { ColumnRow, SequenceRow } from './catalog';
import type { BuildContext } from './context';

const SERIAL_TYPES: Record<string, SequenceDataType> = { smallint: 'smallint', integer: 'integer', bigint: 'bigint' };

/**
 * The sequences `serial` columns create implicitly: named `<table>_<column>_seq`,
 * of the column's type, OWNED BY it, every option at its default, no comment,
 * and the column's default is nextval of it. Those columns are read as
 * `serial` (see `columnTypeOf`) and their sequence is not listed; every other
 * sequence is a standalone one. Keys are `tableOid:attnum`.
 */
export function serialColumns(ctx: BuildContext): Map<string, number> {
  const tables = new Map(ctx.catalog.tables.map((t) => [t.oid, t]));
  const columns = new Map(ctx.catalog.columns.map((c) => [`${c.table_oid}:${c.num}`, c]));
  const result = new Map<string, number>();
  for (const row of ctx.catalog.sequences) {
    if (row.owner_oid === null || row.owner_attnum === null) continue;
    const key = `${row.owner_oid}:${row.owner_attnum}`;
    const table = tables.get(row.owner_oid);
    const column = columns.get(key);
    if (!table || !column || row.name !== `${table.name}_${column.name}_seq` || row.schema !== table.schema) continue;
    if (SERIAL_TYPES[column.type] !== row.data_type || row.comment !== null || !usesSequence(column, row)) continue;
    const options = readOptions(row);
    if (options && options.start === null && options.increment === 1 && options.minValue === null && options.maxValue === null && options.cache === 1 && !options.cycle) {
      result.set(key, row.oid);
    }
  }
  return result;
}

const usesSequence = (column: ColumnRow, row: SequenceRow) =>
  column.default !== null && /^nextval\('/.test(column.default) && column.default.includes(row.name);

/** Standalone sequences: all but the implicit ones of `serial` columns. Bounds PostgreSQL picks by itself become null. */
export function buildSequences(ctx: BuildContext, implicit: ReadonlySet<number>): Sequence[] {
  return ctx.catalog.sequences.flatMap((row): Sequence[] => {
    const schemaId = ctx.schemaIds.get(row.schema);
    if (!schemaId || implicit.has(row.oid)) return [];
    const options = readOptions(row);
    if (!options) {
      ctx.warnings.push(`sequence ${ctx.label(row)} has a bound beyond ±2^53, which a diagram cannot hold exactly; left out`);
      return [];
    }
    const owner = row.owner_oid === null || row.owner_attnum === null ? undefined : ctx.tables.get(row.owner_oid)?.columnIds.get(row.owner_attnum);
    return [{
      id: ctx.ids.make('seq', row.schema, row.name), schemaId, name: row.name, ...options,
      ownedBy: owner ? { columnId: owner } : null, comment: row.comment ?? '',
    }];
  });
}

type Options = Pick<Sequence, 'dataType' | 'start' | 'increment' | 'minValue' | 'maxValue' | 'cache' | 'cycle'>;

function readOptions(row: SequenceRow): Options | null {
  const dataType = SERIAL_TYPES[row.data_type] ?? 'bigint';
  const [typeMin, typeMax] = SEQUENCE_TYPE_RANGE[dataType];
  const increment = BigInt(row.increment);
  const ascending = increment > 0n;
  const min = BigInt(row.min);
  const max = BigInt(row.max);
  const start = BigInt(row.start);
  const minValue = min === (ascending ? 1n : typeMin) ? null : min;
  const maxValue = max === (ascending ? typeMax : -1n) ? null : max;
  const startValue = start === (ascending ? min : max) ? null : start;
  const values = [increment, minValue, maxValue, startValue, BigInt(row.cache)];
  if (values.some((v) => v !== null && (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)))) return null;
  const num = (v: bigint | null) => (v === null ? null : Number(v));
  return {
    dataType, start: num(startValue), increment: Number(increment), minValue: num(minValue), maxValue: num(maxValue),
    cache: Number(row.cache), cycle: row.cycle,
  };
}
