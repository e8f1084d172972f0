import { numberLiteral } from '../../sql/quote';
import type { SequenceOptions } from '../operations';
import type { SequenceDef } from '../schema-model';

/**
 * The option clauses of CREATE / ALTER SEQUENCE. A null bound means
 * PostgreSQL's default, written `NO MINVALUE` / `NO MAXVALUE`. `START WITH`
 * needs a value, so the diff turns a start reset to null into the effective one.
 */
export function sequenceOptionClauses(options: SequenceOptions): string[] {
  const parts: string[] = [];
  if (options.dataType !== undefined) parts.push(`AS ${options.dataType}`);
  if (options.increment !== undefined) parts.push(`INCREMENT BY ${numberLiteral(options.increment)}`);
  if (options.minValue !== undefined) parts.push(options.minValue === null ? 'NO MINVALUE' : `MINVALUE ${numberLiteral(options.minValue)}`);
  if (options.maxValue !== undefined) parts.push(options.maxValue === null ? 'NO MAXVALUE' : `MAXVALUE ${numberLiteral(options.maxValue)}`);
  if (options.start !== undefined && options.start !== null) parts.push(`START WITH ${numberLiteral(options.start)}`);
  if (options.cache !== undefined) parts.push(`CACHE ${numberLiteral(options.cache)}`);
  if (options.cycle !== undefined) parts.push(options.cycle ? 'CYCLE' : 'NO CYCLE');
  return parts;
}

/** Only what differs from CREATE SEQUENCE's defaults, so the statement reads like one a person would write. */
export function nonDefaultOptions(sequence: SequenceDef): SequenceOptions {
  return {
    ...(sequence.dataType !== 'bigint' && { dataType: sequence.dataType }),
    ...(sequence.increment !== 1 && { increment: sequence.increment }),
    ...(sequence.minValue !== null && { minValue: sequence.minValue }),
    ...(sequence.maxValue !== null && { maxValue: sequence.maxValue }),
    ...(sequence.start !== null && { start: sequence.start }),
    ...(sequence.cache !== 1 && { cache: sequence.cache }),
    ...(sequence.cycle && { cycle: true }),
  };
}
