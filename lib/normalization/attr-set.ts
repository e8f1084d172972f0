/**
 * Attribute sets as bitsets.
 *
 * A relation's attributes are numbered 0..n-1 (for a table: the position of the
 * column in `table.columns`). A set of attributes is a `bigint` whose bit i is set
 * when attribute i is in the set. BigInt keeps every set operation a single
 * immutable value operation (union `|`, intersection `&`, difference `& ~`),
 * makes sets usable as Map keys and comparable with `===`, and has no width limit,
 * so a table with more than 64 columns still works (it only gets slower).
 * The hot loops (closure, chase) unpack a set once into an index list.
 */
export type AttrSet = bigint;

export const EMPTY: AttrSet = 0n;

const BITS: bigint[] = [];
/** The one-attribute set {i}; cached because BigInt shifts allocate. */
export function bit(i: number): AttrSet {
  let b = BITS[i];
  if (b === undefined) {
    for (let k = BITS.length; k <= i; k++) BITS.push(1n << BigInt(k));
    b = BITS[i]!;
  }
  return b;
}

/** {0, 1, …, n-1}: every attribute of an n-attribute relation. */
export function fullSet(n: number): AttrSet {
  return (1n << BigInt(n)) - 1n;
}

export function setOf(indices: Iterable<number>): AttrSet {
  let s = 0n;
  for (const i of indices) s |= bit(i);
  return s;
}

export function has(s: AttrSet, i: number): boolean {
  return (s & bit(i)) !== 0n;
}

export function isSubset(a: AttrSet, b: AttrSet): boolean {
  return (a & ~b) === 0n;
}

export function isProperSubset(a: AttrSet, b: AttrSet): boolean {
  return a !== b && (a & ~b) === 0n;
}

export function minus(a: AttrSet, b: AttrSet): AttrSet {
  return a & ~b;
}

/** Attribute indices in ascending order. */
export function indices(s: AttrSet): number[] {
  const out: number[] = [];
  let rest = s;
  let i = 0;
  // Walk 32 bits at a time so sparse wide sets do not test every bit with BigInt ops.
  while (rest !== 0n) {
    let word = Number(rest & 0xffffffffn);
    while (word !== 0) {
      const low = word & -word;
      out.push(i + 31 - Math.clz32(low));
      word ^= low;
    }
    rest >>= 32n;
    i += 32;
  }
  return out;
}

export function size(s: AttrSet): number {
  let count = 0;
  let rest = s;
  while (rest !== 0n) {
    let word = Number(rest & 0xffffffffn);
    while (word !== 0) {
      word &= word - 1;
      count++;
    }
    rest >>= 32n;
  }
  return count;
}

/** Total order used for deterministic output: by size, then by lowest differing attribute. */
export function compareSets(a: AttrSet, b: AttrSet): number {
  const sa = size(a);
  const sb = size(b);
  if (sa !== sb) return sa - sb;
  if (a === b) return 0;
  const diff = a ^ b;
  const lowest = diff & -diff;
  return (a & lowest) !== 0n ? -1 : 1;
}

/** `{a, b}` with the given names, for messages and test failures. */
export function formatSet(s: AttrSet, names?: readonly string[]): string {
  return `{${indices(s).map((i) => names?.[i] ?? String(i)).join(', ')}}`;
}
