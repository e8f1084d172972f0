import { isProperSubset, isSubset, type AttrSet } from './attr-set';
import { chase, type ChaseResult } from './chase';
import { closureOf } from './closure';
import { minimalCover } from './cover';
import { restrictTo, type FD } from './fd';
import { someKey } from './keys';
import { checkPreservation, type PreservationResult } from './preservation';

export interface SynthesizedRelation {
  readonly attrs: AttrSet;
  /** The left side that produced it (its key), or null for the added key relation. */
  readonly determinant: AttrSet | null;
  /** The cover dependencies that lie inside this relation (it enforces them by itself). */
  readonly fds: FD[];
}

export interface Decomposition {
  readonly relations: SynthesizedRelation[];
  /** The minimal cover the decomposition was built from and is checked against. */
  readonly cover: FD[];
  readonly preservation: PreservationResult;
  readonly losslessness: ChaseResult;
}

/**
 * Bernstein's 3NF synthesis: one relation per left side of the minimal cover
 * (X plus everything X determines in it), a key relation when no part holds a
 * key of the whole, and no part contained in another. The result is checked,
 * not assumed: dependency preservation by restricted closure and a lossless
 * join by the chase, both returned with the parts.
 */
export function synthesize3NF(relation: AttrSet, fds: readonly FD[]): Decomposition {
  const cover = minimalCover(restrictTo(fds, relation));
  const close = closureOf(cover);

  const groups = new Map<AttrSet, FD[]>();
  for (const f of cover) {
    const group = groups.get(f.lhs);
    if (group) group.push(f);
    else groups.set(f.lhs, [f]);
  }
  let relations: SynthesizedRelation[] = [...groups].map(([lhs, group]) => ({
    attrs: group.reduce((s, f) => s | f.rhs, lhs),
    determinant: lhs,
    fds: group,
  }));

  if (!relations.some((r) => isSubset(relation, close(r.attrs)))) {
    relations.push({ attrs: someKey(relation, cover, close), determinant: null, fds: [] });
  }

  // Drop a part contained in another; of two equal parts keep the first.
  const kept: SynthesizedRelation[] = [];
  relations.forEach((r, i) => {
    const container = relations.find((o, j) => j !== i && (isProperSubset(r.attrs, o.attrs) || (o.attrs === r.attrs && j < i)));
    if (!container) kept.push(r);
  });
  relations = kept.map((r) => ({ ...r, fds: cover.filter((f) => isSubset(f.lhs | f.rhs, r.attrs)) }));

  const parts = relations.map((r) => r.attrs);
  return { relations, cover, preservation: checkPreservation(parts, cover), losslessness: chase(relation, parts, cover) };
}
