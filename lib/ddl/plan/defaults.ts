/**
 * Whether a column default is a constant PostgreSQL evaluates once when the
 * column is added (since PostgreSQL 11 the value is then stored in the catalog
 * and no row is rewritten): literals, numbers, booleans, NULL, casts of those,
 * and the transaction-start time functions. Anything else (gen_random_uuid(),
 * clock_timestamp(), a user function) may be volatile and would rewrite the
 * table under ACCESS EXCLUSIVE, so the plan sets it for new rows only and
 * backfills existing rows in batches. Conservative on purpose: an unknown
 * expression is treated as volatile.
 */
const LITERAL = String.raw`(?:'(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)`;
const CAST = String.raw`(?:\s*::\s*[a-z_][a-z0-9_ ."]*(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])*)?`;
const CONSTANT = new RegExp(String.raw`^\(?\s*${LITERAL}${CAST}\s*\)?${CAST}$`, 'i');
const START_TIME = /^(now\(\)|current_timestamp|current_date|localtimestamp|transaction_timestamp\(\))$/i;

export function isConstantDefault(expression: string): boolean {
  const e = expression.trim();
  return CONSTANT.test(e) || START_TIME.test(e);
}
