import { classCount, type Partition } from './partition';

/**
 * The g3 error of X → A (Kivinen & Mannila): the fewest rows to delete so the
 * dependency holds exactly, as a count. Within each class of X the rows keeping
 * the most frequent A value stay; the others go. Classes of one row never
 * violate anything, which is why the stripped partition is enough.
 *
 * Stops early and returns `limit + 1` once the count passes `limit`: the search
 * only needs to know whether the error is small enough.
 */
export function g3Violations(x: Partition, a: Int32Array, counts: Int32Array, limit: number): number {
  let removed = 0;
  const classes = classCount(x);
  for (let k = 0; k < classes; k++) {
    const from = x.starts[k]!;
    const to = x.starts[k + 1]!;
    let most = 0;
    for (let i = from; i < to; i++) {
      const n = ++counts[a[x.rows[i]!]!]!;
      if (n > most) most = n;
    }
    for (let i = from; i < to; i++) counts[a[x.rows[i]!]!] = 0;
    removed += to - from - most;
    if (removed > limit) return limit + 1;
  }
  return removed;
}

/** g3 of ∅ → A: the rows outside A's most frequent value (how far A is from constant). */
export function constantViolations(a: Int32Array, distinct: number): number {
  const counts = new Int32Array(distinct);
  let most = 0;
  for (const c of a) {
    const n = ++counts[c]!;
    if (n > most) most = n;
  }
  return a.length - most;
}
