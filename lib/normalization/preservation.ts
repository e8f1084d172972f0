import { isSubset, type AttrSet } from './attr-set';
import { closureOf } from './closure';
import type { FD } from './fd';

export interface PreservationResult {
  readonly preserved: boolean;
  /** The dependencies the parts cannot enforce on their own. */
  readonly lost: FD[];
}

/**
 * Dependency preservation by the restricted-closure test (Ullman): for X → Y,
 * grow Z from X by Z ∪= (Z ∩ Ri)⁺ ∩ Ri over every part Ri until nothing changes.
 * X → Y is preserved exactly when Y ⊆ Z. Polynomial, and it never has to project
 * the dependencies onto the parts.
 */
export function checkPreservation(parts: readonly AttrSet[], fds: readonly FD[]): PreservationResult {
  const close = closureOf(fds);
  const lost = fds.filter((f) => !isSubset(f.rhs, restrictedClosure(f.lhs, parts, close)));
  return { preserved: lost.length === 0, lost };
}

function restrictedClosure(start: AttrSet, parts: readonly AttrSet[], close: (s: AttrSet) => AttrSet): AttrSet {
  let z = start;
  for (let changed = true; changed; ) {
    changed = false;
    for (const part of parts) {
      const grown = z | (close(z & part) & part);
      if (grown !== z) {
        z = grown;
        changed = true;
      }
    }
  }
  return z;
}
