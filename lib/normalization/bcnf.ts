import { isSubset, minus, type AttrSet } from './attr-set';
import { chase, type ChaseResult } from './chase';
import { closureOf } from './closure';
import { minimalCover } from './cover';
import { restrictTo, type FD } from './fd';
import { checkPreservation } from './preservation';
import { projectFds } from './projection';

export interface BCNFDecomposition {
  readonly relations: AttrSet[];
  readonly cover: FD[];
  /** Cover dependencies no part can enforce any more (BCNF may have to give some up). */
  readonly lost: FD[];
  readonly losslessness: ChaseResult;
  /** True when a part was too wide to search exhaustively for hidden violations. */
  readonly partial: boolean;
}

/**
 * The standard BCNF decomposition: while some part R has a dependency X → A
 * (X, A in R) with X not a superkey of R, split R into X⁺ ∩ R and X ∪ (R − X⁺).
 * Each split is lossless (the parts share X, which determines one side), so the
 * result is; it is still verified by the chase. Dependencies that end up split
 * across parts are listed as lost.
 *
 * A violation may hide in the projection of the dependencies rather than among
 * them, so a part that shows none directly is also checked against its projected
 * dependencies (bounded; `partial` says when the bound was hit).
 */
export function decomposeBCNF(relation: AttrSet, fds: readonly FD[]): BCNFDecomposition {
  const cover = minimalCover(restrictTo(fds, relation));
  const close = closureOf(cover);
  const done: AttrSet[] = [];
  const todo: AttrSet[] = [relation];
  let partial = false;

  while (todo.length > 0) {
    const part = todo.shift()!;
    const violating = findViolation(part, cover, close);
    if (violating.partial) partial = true;
    if (violating.determinant === null) {
      done.push(part);
      continue;
    }
    const x = violating.determinant;
    const reach = close(x) & part;
    todo.push(reach, x | minus(part, reach));
  }
  // A part inside another adds nothing to the join.
  const relations = done.filter((r, i) => !done.some((o, j) => j !== i && isSubset(r, o) && (r !== o || j < i)));
  return {
    relations, cover, partial,
    lost: checkPreservation(relations, cover).lost,
    losslessness: chase(relation, relations, cover),
  };
}

function findViolation(part: AttrSet, cover: readonly FD[], close: (s: AttrSet) => AttrSet): { determinant: AttrSet | null; partial: boolean } {
  const isSuper = (s: AttrSet) => isSubset(part, close(s));
  for (const f of cover) {
    if (isSubset(f.lhs | f.rhs, part) && !isSuper(f.lhs)) return { determinant: f.lhs, partial: false };
  }
  // Hidden violations: X ⊆ R with X → A only through attributes outside R.
  const projected = projectFds(cover, part);
  for (const f of projected.fds) {
    if (!isSuper(f.lhs)) return { determinant: f.lhs, partial: projected.partial };
  }
  return { determinant: null, partial: projected.partial };
}

