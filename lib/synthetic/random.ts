/**
 * Pseudo-random numbers as SQL expressions of the row number. Every value is a
 * hash of (row number, salt), not a call to random(): the same seed gives the
 * same rows whatever the plan, the chunking or the order PostgreSQL evaluates
 * expressions in, and no session state (`setseed`) has to survive between
 * statements. `hashint8extended` is core PostgreSQL (11+), PGlite included.
 */

/** 32-bit FNV-1a: a stable salt for a (seed, table, column, purpose) tuple. */
export function saltOf(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0001')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0x7fffffff;
}

/** The series column every generated expression reads. */
export const ROW = 's.g';

/** A uniform double in [0, 1) for `row` (an SQL bigint expression) under `salt`. */
export function uniform(salt: number, row: string = ROW): string {
  return `((hashint8extended((${row})::bigint, ${salt}::bigint) & 1048575)::float8 / 1048576.0)`;
}

/** A uniform integer in [lo, hi]. */
export function uniformInt(salt: number, lo: number, hi: number, row: string = ROW): string {
  if (hi <= lo) return `${lo}::bigint`;
  return `(${lo} + floor(${uniform(salt, row)} * ${hi - lo + 1}))::bigint`;
}

/**
 * An integer in [1, n] with a Zipf-like skew: low numbers are drawn far more
 * often (u² puts ~30% of draws in the first 10%), so a few parents get many
 * children and most get a few, the way customers and orders really spread.
 */
export function skewedInt(salt: number, n: number, row: string = ROW): string {
  if (n <= 1) return '1::bigint';
  return `least(${n}, 1 + floor(${n} * power(${uniform(salt, row)}, 2)))::bigint`;
}

/** An element of `values` (SQL literals), skewed toward the first ones. */
export function skewedPick(salt: number, values: readonly string[], row: string = ROW): string {
  if (values.length === 1) return values[0]!;
  return `(ARRAY[${values.join(', ')}])[${skewedInt(salt, values.length, row)}]`;
}

/** An element of `values` (SQL literals), each equally likely. */
export function uniformPick(salt: number, values: readonly string[], row: string = ROW): string {
  if (values.length === 1) return values[0]!;
  return `(ARRAY[${values.join(', ')}])[${uniformInt(salt, 1, values.length, row)}]`;
}
