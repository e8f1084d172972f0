/**
 * Sampled values → small integer codes per column, numbered in order of first
 * appearance so the same sample always encodes the same way. Values are compared
 * by their text: the sampler reads every column as `::text`, so 1.0 and 1 are
 * whatever PostgreSQL prints. NULL is treated as one more value, equal to itself
 * (as `GROUP BY` and `IS NOT DISTINCT FROM` do): a column that is NULL in many rows
 * can then determine or depend on others, which is what the stored data says.
 */
export type SampleValue = string | number | boolean | bigint | null;

export interface EncodedColumn {
  readonly codes: Int32Array;
  readonly distinct: number;
  readonly hasNull: boolean;
  /**
   * Σ p² over the column's value frequencies: the chance that two random rows
   * agree on it. A dependency on a column that is nearly constant is cheap to
   * satisfy by luck, and the search discounts its evidence by this.
   */
  readonly agreement: number;
}

export function encodeColumn(rows: readonly (readonly SampleValue[])[], column: number): EncodedColumn {
  const codes = new Int32Array(rows.length);
  const seen = new Map<SampleValue, number>();
  for (let r = 0; r < rows.length; r++) {
    const raw = rows[r]![column];
    // Same text, same code: 1 and '1' from different drivers must not differ.
    const value = raw === null || raw === undefined ? null : typeof raw === 'string' ? raw : String(raw);
    let code = seen.get(value);
    if (code === undefined) {
      code = seen.size;
      seen.set(value, code);
    }
    codes[r] = code;
  }
  const counts = new Float64Array(seen.size);
  for (const c of codes) counts[c]!++;
  let agreement = 0;
  for (const n of counts) agreement += (n / rows.length) ** 2;
  return { codes, distinct: seen.size, hasNull: seen.has(null), agreement };
}
