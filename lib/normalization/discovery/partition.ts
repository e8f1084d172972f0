/**
 * Stripped partitions (TANE, Huhtala et al. 1999). The partition of a column set
 * X groups the sampled rows that agree on every column of X; "stripped" drops the
 * classes of one row, which can never witness or break a dependency. Classes are
 * stored flat: the rows of class k are `rows[starts[k] .. starts[k + 1])`.
 */
export interface Partition {
  readonly rows: Int32Array;
  readonly starts: Int32Array;
}

export function classCount(p: Partition): number {
  return p.starts.length - 1;
}

/**
 * Rows that repeat an X value seen before: each is one test of X → A. Zero means
 * X is unique in the sample (a key of the sample).
 */
export function repeats(p: Partition): number {
  return p.rows.length - classCount(p);
}

/** The stripped partition of one column from its value codes (0 … distinct - 1). */
export function columnPartition(codes: Int32Array, distinct: number): Partition {
  const counts = new Int32Array(distinct);
  for (const c of codes) counts[c]!++;
  // Each code that occurs twice or more becomes a class; `offset` is where its rows go.
  const offset = new Int32Array(distinct).fill(-1);
  const starts: number[] = [0];
  let total = 0;
  for (let c = 0; c < distinct; c++) {
    if (counts[c]! < 2) continue;
    offset[c] = total;
    total += counts[c]!;
    starts.push(total);
  }
  const rows = new Int32Array(total);
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r]!;
    const at = offset[code]!;
    if (at < 0) continue;
    rows[at] = r;
    offset[code] = at + 1;
  }
  return { rows, starts: Int32Array.from(starts) };
}

/**
 * Scratch space for `product`, sized to the sample once and reused, so a search
 * over thousands of column sets does not allocate per product.
 */
export interface ProductScratch {
  readonly classOf: Int32Array;
}

export function productScratch(rowCount: number): ProductScratch {
  return { classOf: new Int32Array(rowCount).fill(-1) };
}

/**
 * The partition of X ∪ Y from those of X and Y: two rows agree on X ∪ Y when they
 * share a class in both. Linear in the rows of the two partitions.
 */
export function product(a: Partition, b: Partition, scratch: ProductScratch): Partition {
  const { classOf } = scratch;
  const aClasses = classCount(a);
  for (let k = 0; k < aClasses; k++) {
    for (let i = a.starts[k]!; i < a.starts[k + 1]!; i++) classOf[a.rows[i]!] = k;
  }
  const buckets: number[][] = Array.from({ length: aClasses }, () => []);
  const rows: number[] = [];
  const starts: number[] = [0];
  const bClasses = classCount(b);
  for (let k = 0; k < bClasses; k++) {
    const from = b.starts[k]!;
    const to = b.starts[k + 1]!;
    for (let i = from; i < to; i++) {
      const owner = classOf[b.rows[i]!]!;
      if (owner >= 0) buckets[owner]!.push(b.rows[i]!);
    }
    for (let i = from; i < to; i++) {
      const owner = classOf[b.rows[i]!]!;
      if (owner < 0) continue;
      const bucket = buckets[owner]!;
      if (bucket.length >= 2) {
        for (const r of bucket) rows.push(r);
        starts.push(rows.length);
      }
      bucket.length = 0;
    }
  }
  for (let i = 0; i < a.rows.length; i++) classOf[a.rows[i]!] = -1;
  return { rows: Int32Array.from(rows), starts: Int32Array.from(starts) };
}
