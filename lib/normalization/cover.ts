import { indices, isSubset, minus, bit } from './attr-set';
import { closureOf } from './closure';
import { sameFd, sortFds, splitRight, type FD } from './fd';

/**
 * A minimal (canonical) cover: singleton right sides, no extraneous left-side
 * attribute, no redundant dependency. Equivalent to the input.
 *
 * Order matters for which of several possible minimal covers comes out, so the
 * input is sorted first (by left-side size, then attributes) and attributes are
 * tried in ascending order; the same dependencies in any order give the same cover.
 */
export function minimalCover(fds: readonly FD[]): FD[] {
  let work = dedupe(sortFds(splitRight(fds)));

  // Extraneous left attributes: B is extraneous in X → A when A ∈ (X − B)⁺ under
  // the current set. Removing one never makes an earlier check wrong, because the
  // new set is equivalent to the old one.
  for (let k = 0; k < work.length; k++) {
    let { lhs } = work[k]!;
    const { rhs } = work[k]!;
    for (const b of indices(lhs)) {
      const smaller = minus(lhs, bit(b));
      if (isSubset(rhs, closureOf(work)(smaller))) {
        lhs = smaller;
        work[k] = { lhs, rhs };
      }
    }
  }
  work = dedupe(sortFds(work.filter((f) => !isSubset(f.rhs, f.lhs))));

  // Redundant dependencies: drop X → A when the others still imply it.
  const kept: FD[] = [...work];
  for (let k = 0; k < kept.length; ) {
    const f = kept[k]!;
    const others = kept.filter((_, j) => j !== k);
    if (isSubset(f.rhs, closureOf(others)(f.lhs))) kept.splice(k, 1);
    else k++;
  }
  return kept;
}

function dedupe(sorted: FD[]): FD[] {
  return sorted.filter((f, i) => i === 0 || !sameFd(f, sorted[i - 1]!));
}
