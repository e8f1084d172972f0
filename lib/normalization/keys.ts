import { bit, compareSets, EMPTY, indices, isSubset, minus, type AttrSet } from './attr-set';
import { closureOf, type Closure } from './closure';
import { attributesOf, restrictTo, type FD } from './fd';

export interface KeySearchOptions {
  /** Stop after this many keys (default 1,000). */
  readonly limit?: number;
  /** Stop after this many candidate sets examined (default 50,000). */
  readonly maxExplored?: number;
}

export interface KeySearchResult {
  /** Candidate keys, smallest first, then by attribute order. */
  readonly keys: AttrSet[];
  /** True when a bound stopped the search: there may be keys not listed. */
  readonly partial: boolean;
  /** Candidate sets examined, for benchmarks and tuning. */
  readonly explored: number;
}

/** Whether `attrs` determines every attribute of `relation`. */
export function isSuperkey(attrs: AttrSet, relation: AttrSet, fds: readonly FD[]): boolean {
  return isSubset(relation, closureOf(fds)(attrs));
}

/**
 * All candidate keys of `relation`, by the Lucchesi–Osborn algorithm: from one key
 * K and a dependency X → Y, the set X ∪ (K − Y) is a superkey; if it contains no
 * known key, shrinking it gives a new key. Every key is reached this way, and the
 * work is polynomial in the number of keys (not in 2ⁿ), so relations with few keys
 * are cheap however many attributes they have.
 *
 * Pruning: an attribute on no right side is in every key (it can only come from
 * itself), and one on right sides only is in no key; only the rest are ever
 * tried for removal when shrinking.
 */
export function candidateKeys(relation: AttrSet, fds: readonly FD[], options: KeySearchOptions = {}): KeySearchResult {
  const limit = options.limit ?? 1000;
  const maxExplored = options.maxExplored ?? 50_000;
  const inside = restrictTo(fds, relation);
  const close = closureOf(inside);
  let rightSides = EMPTY;
  for (const f of inside) rightSides |= minus(f.rhs, f.lhs);
  const core = minus(relation, rightSides); // in every key
  const onlyRight = minus(rightSides, attributesOf(inside.map((f) => ({ lhs: f.lhs, rhs: EMPTY }))));
  const removable = indices(minus(minus(relation, core), onlyRight));

  let explored = 0;
  const shrink = (superkey: AttrSet): AttrSet => {
    let key = minus(superkey, onlyRight) | core;
    for (const a of removable) {
      if ((key & bit(a)) === 0n) continue;
      explored++;
      const smaller = key & ~bit(a);
      if (isSubset(relation, close(smaller))) key = smaller;
    }
    return key;
  };

  const keys: AttrSet[] = [shrink(relation)];
  const known = new Set<AttrSet>(keys);
  let partial = false;
  search: for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    for (const f of inside) {
      if (keys.length >= limit || explored >= maxExplored) {
        partial = true;
        break search;
      }
      const candidate = f.lhs | minus(key, f.rhs);
      explored++;
      if (keys.some((k) => isSubset(k, candidate))) continue;
      const found = shrink(candidate);
      if (!known.has(found)) {
        known.add(found);
        keys.push(found);
      }
    }
  }
  // When the search ran to the end the bound was not what stopped it.
  return { keys: [...keys].sort(compareSets), partial, explored };
}

/** Attributes that belong to at least one candidate key. */
export function primeAttributes(keys: readonly AttrSet[]): AttrSet {
  let s = EMPTY;
  for (const k of keys) s |= k;
  return s;
}

/** One candidate key without searching for all of them: shrink the whole relation. */
export function someKey(relation: AttrSet, fds: readonly FD[], close: Closure = closureOf(restrictTo(fds, relation))): AttrSet {
  let key = relation;
  for (const a of indices(relation)) {
    const smaller = key & ~bit(a);
    if (isSubset(relation, close(smaller))) key = smaller;
  }
  return key;
}
