import type { Sequence, SequenceDataType } from './sequence';

/** The range of each sequence type, as PostgreSQL enforces it. */
export const SEQUENCE_TYPE_RANGE: Readonly<Record<SequenceDataType, readonly [min: bigint, max: bigint]>> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};

/**
 * The bounds PostgreSQL uses for null `minValue` / `maxValue` / `start`:
 * ascending sequences run from 1 to the type's maximum and start at the
 * minimum, descending ones from the type's minimum to -1 and start at the maximum.
 */
export function effectiveSequenceBounds(sequence: Pick<Sequence, 'dataType' | 'increment' | 'minValue' | 'maxValue' | 'start'>) {
  const [typeMin, typeMax] = SEQUENCE_TYPE_RANGE[sequence.dataType];
  const ascending = sequence.increment > 0;
  const min = sequence.minValue !== null ? BigInt(sequence.minValue) : ascending ? 1n : typeMin;
  const max = sequence.maxValue !== null ? BigInt(sequence.maxValue) : ascending ? typeMax : -1n;
  const start = sequence.start !== null ? BigInt(sequence.start) : ascending ? min : max;
  return { min, max, start, ascending };
}

/** Rules CREATE SEQUENCE would reject, with the field at fault. */
export function sequenceProblems(sequence: Sequence): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  const [typeMin, typeMax] = SEQUENCE_TYPE_RANGE[sequence.dataType];
  const inType = (value: number | null, field: string) => {
    if (value !== null && (BigInt(value) < typeMin || BigInt(value) > typeMax)) {
      problems.push({ path: [field], message: `${field} ${value} is out of range for a ${sequence.dataType} sequence "${sequence.name}"` });
    }
  };
  inType(sequence.minValue, 'minValue');
  inType(sequence.maxValue, 'maxValue');
  if (problems.length > 0) return problems;
  const { min, max, start } = effectiveSequenceBounds(sequence);
  if (min >= max) problems.push({ path: ['minValue'], message: `the minimum (${min}) of sequence "${sequence.name}" must be less than its maximum (${max})` });
  else if (start < min || start > max) problems.push({ path: ['start'], message: `sequence "${sequence.name}" starts at ${start}, outside its range ${min} to ${max}` });
  return problems;
}
