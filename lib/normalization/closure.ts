import { bit, indices, isSubset, type AttrSet } from './attr-set';
import type { FD } from './fd';

/**
 * Attribute closure with the linear-time counter algorithm (Beeri & Bernstein):
 * each dependency keeps a count of left-side attributes not yet reached; when an
 * attribute enters the closure, the counts of the dependencies that mention it
 * drop, and a dependency whose count reaches zero fires its right side. Every
 * attribute enters once and every left-side occurrence is decremented once, so a
 * closure costs O(size of the dependencies) instead of the naive fixpoint's
 * O(|F| · passes).
 *
 * `closureOf(fds)` builds the index once for many closures over the same
 * dependencies (key search, cover computation); `closure` is the one-off form.
 */
export type Closure = (attrs: AttrSet) => AttrSet;

export function closureOf(fds: readonly FD[]): Closure {
  const lhsSizes = new Int32Array(fds.length);
  const rhsLists: number[][] = [];
  const users = new Map<number, number[]>();
  let alwaysFire: AttrSet = 0n; // right sides of dependencies with an empty left side
  fds.forEach((f, k) => {
    const lhs = indices(f.lhs);
    lhsSizes[k] = lhs.length;
    rhsLists.push(indices(f.rhs));
    if (lhs.length === 0) alwaysFire |= f.rhs;
    for (const a of lhs) {
      const list = users.get(a);
      if (list) list.push(k);
      else users.set(a, [k]);
    }
  });

  return (attrs: AttrSet): AttrSet => {
    const start = attrs | alwaysFire;
    const remaining = lhsSizes.slice();
    const queue = indices(start);
    let result = start;
    for (let head = 0; head < queue.length; head++) {
      const fired = users.get(queue[head]!);
      if (!fired) continue;
      for (const k of fired) {
        if (--remaining[k]! !== 0) continue;
        for (const b of rhsLists[k]!) {
          const m = bit(b);
          if ((result & m) === 0n) {
            result |= m;
            queue.push(b);
          }
        }
      }
    }
    return result;
  };
}

export function closure(attrs: AttrSet, fds: readonly FD[]): AttrSet {
  return closureOf(fds)(attrs);
}

/** Whether `fds` imply `f` (its right side lies in the closure of its left side). */
export function implies(fds: readonly FD[], f: FD): boolean {
  return isSubset(f.rhs, closure(f.lhs, fds));
}

/** Whether two sets of dependencies have the same closure (each implies the other). */
export function equivalent(a: readonly FD[], b: readonly FD[]): boolean {
  const ca = closureOf(a);
  const cb = closureOf(b);
  return b.every((f) => isSubset(f.rhs, ca(f.lhs))) && a.every((f) => isSubset(f.rhs, cb(f.lhs)));
}
