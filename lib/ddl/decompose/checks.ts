import { literal } from '../../sql/quote';
import { refLabel, refSql } from '../emit/fragments';
import type { ObjectRef } from '../schema-model';
import { statement, type Statement } from '../statement';

/** How many offending values an error message names: enough to find them, short enough to read. */
export const EXAMPLES = 5;

/**
 * A `DO` block that refuses to go on when `examples` (a query returning one text
 * column, at most EXAMPLES rows) finds anything, naming what it found. Runs before
 * the statement it protects, in the same transaction, so a refusal leaves the
 * database exactly as it was.
 */
export function refuseIf(examples: string, message: string, hint: string, explanation: string): Statement {
  const sql = [
    'DO $tablecraft$',
    'DECLARE',
    '  found text;',
    'BEGIN',
    `  SELECT string_agg(example, '; ') INTO found FROM (${examples}) AS offending(example);`,
    '  IF found IS NOT NULL THEN',
    `    RAISE EXCEPTION USING MESSAGE = ${literal(`tablecraft: ${message}: `)} || found, HINT = ${literal(hint)}, ERRCODE = 'check_violation';`,
    '  END IF;',
    'END',
    '$tablecraft$',
  ].join('\n');
  return statement(sql, explanation, { lock: 'ACCESS SHARE' });
}

/**
 * Blocks writes to `table` (reads go on) until the transaction ends, so the rows a
 * check just read are still the rows the next statements move or drop.
 */
export function lockAgainstWrites(table: ObjectRef, why: string): Statement {
  return statement(`LOCK TABLE ${refSql(table)} IN SHARE ROW EXCLUSIVE MODE`,
    `Blocks writes to ${refLabel(table)} (reads continue) until this migration commits: ${why}`,
    { lock: 'SHARE ROW EXCLUSIVE', hazards: ['BLOCKS_WRITES'] });
}
