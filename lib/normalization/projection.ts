import { indices, isSubset, minus, setOf, type AttrSet } from './attr-set';
import { closureOf } from './closure';
import { minimalCover } from './cover';
import type { FD } from './fd';

export interface ProjectionOptions {
  /** Stop after examining this many left sides (default 65,536, i.e. all of a 16-attribute relation). */
  readonly maxSubsets?: number;
}

export interface Projection {
  /** A minimal cover of the dependencies that hold on the sub-relation. */
  readonly fds: FD[];
  /** True when the bound stopped the enumeration: some projected dependencies may be missing. */
  readonly partial: boolean;
}

/**
 * The dependencies of `fds` that hold on the attributes `onto`: for each subset X
 * of `onto`, X → (X⁺ ∩ onto) − X. The number of subsets is exponential, so the
 * enumeration goes by increasing size, skips supersets of superkeys of the
 * sub-relation (they add nothing a smaller set did not), and stops at a bound,
 * saying so. Use it only where the restricted-closure tests do not suffice
 * (normal-form tests of a decomposed relation).
 */
export function projectFds(fds: readonly FD[], onto: AttrSet, options: ProjectionOptions = {}): Projection {
  const maxSubsets = options.maxSubsets ?? 65_536;
  const close = closureOf(fds);
  const attrs = indices(onto);
  const found: FD[] = [];
  const superkeys: AttrSet[] = [];
  let examined = 0;
  let partial = false;

  // Left sides of size k, generated as index combinations in lexicographic order.
  outer: for (let k = 0; k <= attrs.length; k++) {
    const combo = Array.from({ length: k }, (_, i) => i);
    while (true) {
      const lhs = setOf(combo.map((i) => attrs[i]!));
      if (!superkeys.some((s) => isSubset(s, lhs))) {
        if (++examined > maxSubsets) {
          partial = true;
          break outer;
        }
        const reach = close(lhs) & onto;
        const rhs = minus(reach, lhs);
        if (rhs !== 0n) found.push({ lhs, rhs });
        if (reach === onto) superkeys.push(lhs);
      }
      if (!nextCombination(combo, attrs.length)) break;
    }
  }
  return { fds: minimalCover(found), partial };
}

/** Advances `combo` (k ascending indices below n) to the next combination; false when done. */
function nextCombination(combo: number[], n: number): boolean {
  const k = combo.length;
  let i = k - 1;
  while (i >= 0 && combo[i] === n - k + i) i--;
  if (i < 0) return false;
  combo[i]!++;
  for (let j = i + 1; j < k; j++) combo[j] = combo[j - 1]! + 1;
  return true;
}
