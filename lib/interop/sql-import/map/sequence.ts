import type { AlterSeqStmt, CreateSeqStmt, DefElem, Node } from 'libpg-query';
import type { Sequence, SequenceDataType } from '../../../model/sequence';
import { newId } from '../../../model/ids';
import { SEQUENCE_TYPE_RANGE } from '../../../model/validate-sequence';
import { keyOf, labelOf, pick, qualifiedName, relationName, strings, type QualifiedName } from '../ast';
import { imported, skipped, type MapInput, type Outcome } from '../context';

/**
 * CREATE SEQUENCE and ALTER SEQUENCE become the diagram's sequences. Options
 * equal to PostgreSQL's defaults are stored as null (pg_dump spells them out),
 * so the document only holds what the designer chose. `OWNED BY` is resolved
 * once every table is known (see `finalize.ts`). The serial-style column keeps
 * its `nextval(…)` default as written; no identity is invented.
 */
export function mapCreateSequence({ ctx, line }: MapInput, stmt: CreateSeqStmt): Outcome {
  const name = relationName(stmt.sequence);
  const key = keyOf(name);
  if (ctx.sequences.has(key) && stmt.if_not_exists) return skipped('sequence', name, 'IF NOT EXISTS: the sequence was already created earlier in the file');
  const sequence: Sequence = {
    id: newId('seq'), schemaId: ctx.schemaId(name.schema, line), name: name.name, dataType: 'bigint',
    start: null, increment: 1, minValue: null, maxValue: null, cache: 1, cycle: false, ownedBy: null, comment: '',
  };
  applyOptions(ctx.report, line, sequence, stmt.options);
  ctx.sequences.set(key, sequence);
  ctx.report.sequences.set(key, { name: labelOf(name), line, ownedBy: null, usedBy: [] });
  recordOwner(ctx, key, line, stmt.options);
  return imported('sequence', name);
}

export function mapAlterSequence({ ctx, line }: MapInput, stmt: AlterSeqStmt): Outcome {
  const name = relationName(stmt.sequence);
  const key = keyOf(name);
  const sequence = ctx.sequences.get(key);
  if (!sequence) return skipped('alter sequence', name, `sequence "${key}" is not in the file (an identity column's sequence, or created elsewhere)`);
  const options = (stmt.options ?? []).map((n) => pick(n, 'DefElem')).filter((d): d is DefElem => d !== undefined);
  const settings = options.filter((d) => SETTINGS.has(d.defname ?? ''));
  const owner = recordOwner(ctx, key, line, stmt.options);
  if (settings.length > 0) applyOptions(ctx.report, line, sequence, stmt.options);
  if (settings.length === 0 && !owner) return skipped('alter sequence', name, 'RESTART and other run-time settings are data, not design');
  return imported(settings.length === 0 ? 'sequence ownership' : 'alter sequence', name);
}

const SETTINGS = new Set(['as', 'start', 'increment', 'minvalue', 'maxvalue', 'cache', 'cycle']);
const TYPE_NAMES: Record<string, SequenceDataType> = { int2: 'smallint', int4: 'integer', int8: 'bigint', smallint: 'smallint', integer: 'integer', bigint: 'bigint' };

/** Applies the settings of CREATE / ALTER SEQUENCE on top of what the sequence has, then stores defaults as null. */
function applyOptions(report: MapInput['ctx']['report'], line: number, sequence: Sequence, nodes: Node[] | undefined): void {
  let min: bigint | null | undefined;
  let max: bigint | null | undefined;
  let start: bigint | undefined;
  for (const node of nodes ?? []) {
    const option = pick(node, 'DefElem');
    switch (option?.defname) {
      case 'as': {
        const typeName = strings(pick(option.arg, 'TypeName')?.names).at(-1) ?? '';
        const type = TYPE_NAMES[typeName];
        if (type) sequence.dataType = type;
        else report.warn(line, `sequence "${sequence.name}": type "${typeName}" is not smallint, integer or bigint; kept bigint`);
        break;
      }
      case 'increment': sequence.increment = Number(numberOf(option.arg) ?? 1n); break;
      case 'cache': sequence.cache = Number(numberOf(option.arg) ?? 1n); break;
      case 'cycle': sequence.cycle = pick(option.arg, 'Boolean')?.boolval ?? false; break;
      case 'start': start = numberOf(option.arg) ?? undefined; break;
      case 'minvalue': min = numberOf(option.arg); break;
      case 'maxvalue': max = numberOf(option.arg); break;
    }
  }
  if (min !== undefined) sequence.minValue = min === null ? null : safe(report, line, sequence, 'MINVALUE', min);
  if (max !== undefined) sequence.maxValue = max === null ? null : safe(report, line, sequence, 'MAXVALUE', max);
  // Bounds equal to the defaults for this type and direction are the defaults.
  const [typeMin, typeMax] = SEQUENCE_TYPE_RANGE[sequence.dataType];
  const ascending = sequence.increment > 0;
  if (sequence.minValue !== null && BigInt(sequence.minValue) === (ascending ? 1n : typeMin)) sequence.minValue = null;
  if (sequence.maxValue !== null && BigInt(sequence.maxValue) === (ascending ? typeMax : -1n)) sequence.maxValue = null;
  if (start !== undefined) sequence.start = safe(report, line, sequence, 'START', start);
  const effectiveMin = sequence.minValue ?? (ascending ? 1 : null);
  const effectiveMax = sequence.maxValue ?? (ascending ? null : -1);
  if (sequence.start !== null && sequence.start === (ascending ? effectiveMin : effectiveMax)) sequence.start = null;
}

/** The integer value of an option: Integer nodes (where 0 is written as `{}`), Float for values beyond 32 bits; null for NO MINVALUE. */
function numberOf(arg: Node | undefined): bigint | null {
  const integer = pick(arg, 'Integer');
  if (integer) return BigInt(integer.ival ?? 0);
  const float = pick(arg, 'Float')?.fval;
  if (float && /^-?\d+$/.test(float)) return BigInt(float);
  return null;
}

/** JSON numbers are exact only up to 2^53; a bound beyond that is dropped (with a warning) rather than rounded. */
function safe(report: MapInput['ctx']['report'], line: number, sequence: Sequence, what: string, value: bigint): number | null {
  if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
  const [typeMin, typeMax] = SEQUENCE_TYPE_RANGE[sequence.dataType];
  if (value !== typeMin && value !== typeMax) report.warn(line, `sequence "${sequence.name}": ${what} ${value} is beyond what the diagram can store exactly (±2^53); PostgreSQL's default is used`);
  return null;
}

/** Notes `OWNED BY table.column` (or NONE) for `finalize` to resolve; returns whether the statement had one. */
function recordOwner(ctx: MapInput['ctx'], key: string, line: number, options: Node[] | undefined): boolean {
  const option: DefElem | undefined = (options ?? []).map((n) => pick(n, 'DefElem')).find((d) => d?.defname === 'owned_by');
  if (!option) return false;
  const parts = strings(pick(option.arg, 'List')?.items);
  const info = ctx.report.sequences.get(key);
  if (parts.length < 2) { // OWNED BY NONE
    ctx.sequenceOwners.delete(key);
    if (info) info.ownedBy = null;
    return true;
  }
  const table: QualifiedName = qualifiedName(parts.slice(0, -1));
  ctx.sequenceOwners.set(key, { line, table, column: parts.at(-1)! });
  if (info) info.ownedBy = `${labelOf(table)}.${parts.at(-1)}`;
  return true;
}
