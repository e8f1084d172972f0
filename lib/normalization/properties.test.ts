import { describe, expect, it } from 'vitest';
import { fullSet, indices, isSubset, setOf, type AttrSet } from './attr-set';
import { chase } from './chase';
import { closure, equivalent } from './closure';
import { minimalCover } from './cover';
import type { FD } from './fd';
import { candidateKeys } from './keys';
import { checkNormalForms } from './normal-forms';
import { checkPreservation } from './preservation';
import { synthesize3NF } from './synthesis';
import { decomposeBCNF } from './bcnf';
import { partForm, seeded } from './test-helpers';

interface Case { readonly n: number; readonly all: AttrSet; readonly fds: FD[] }

/** A random relation of 2–7 attributes with 0–8 dependencies (left sides of 0–3 attributes). */
function randomCase(seed: number): Case {
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const n = int(2, 7);
  const pick = (k: number) => setOf(Array.from({ length: k }, () => int(0, n - 1)));
  const fds = Array.from({ length: int(0, 8) }, () => ({ lhs: pick(random() < 0.05 ? 0 : int(1, 3)), rhs: pick(int(1, 2)) }));
  return { n, all: fullSet(n), fds };
}

/** Every subset of the relation, for brute-force definitions. */
function subsets(all: AttrSet): AttrSet[] {
  const attrs = indices(all);
  return Array.from({ length: 1 << attrs.length }, (_, mask) => setOf(attrs.filter((_, i) => mask & (1 << i))));
}

function bruteKeys(c: Case): AttrSet[] {
  const supers = subsets(c.all).filter((s) => isSubset(c.all, closure(s, c.fds)));
  return supers.filter((s) => !supers.some((t) => t !== s && isSubset(t, s)));
}

/**
 * Seeds that once failed, kept as named regression cases (run before the random
 * sweep). Add a seed here with what it caught whenever the sweep finds one.
 */
const REGRESSION_SEEDS: Record<string, number> = {
  // None has failed yet. Format: 'what it caught': seed,
};

const SWEEP = Array.from({ length: 300 }, (_, i) => i + 1);
const SEEDS = [...Object.values(REGRESSION_SEEDS), ...SWEEP];

describe('properties over seeded random relations', () => {
  it.each(SEEDS)('closure is extensive, monotone and idempotent (seed %i)', (seed) => {
    const c = randomCase(seed);
    for (const x of subsets(c.all)) {
      const cx = closure(x, c.fds);
      expect(isSubset(x, cx)).toBe(true);
      expect(closure(cx, c.fds)).toBe(cx);
      for (const a of indices(c.all)) expect(isSubset(cx, closure(x | (1n << BigInt(a)), c.fds))).toBe(true);
    }
  });

  it.each(SEEDS)('the minimal cover is equivalent, singleton-right, non-redundant (seed %i)', (seed) => {
    const c = randomCase(seed);
    const cover = minimalCover(c.fds);
    expect(equivalent(cover, c.fds)).toBe(true);
    for (const [k, f] of cover.entries()) {
      expect(indices(f.rhs)).toHaveLength(1);
      const others = cover.filter((_, j) => j !== k);
      expect(isSubset(f.rhs, closure(f.lhs, others))).toBe(false);
      for (const b of indices(f.lhs)) expect(isSubset(f.rhs, closure(f.lhs & ~(1n << BigInt(b)), cover))).toBe(false);
    }
    expect(minimalCover([...c.fds].reverse())).toEqual(cover); // input order does not matter
  });

  it.each(SEEDS)('candidate keys match brute force, and the normal form matches its definition (seed %i)', (seed) => {
    const c = randomCase(seed);
    const search = candidateKeys(c.all, c.fds);
    expect(search.partial).toBe(false);
    expect(new Set(search.keys)).toEqual(new Set(bruteKeys(c)));
    const report = checkNormalForms(c.all, c.fds);
    const prime = search.keys.reduce((s, k) => s | k, 0n);
    const isSuper = (x: AttrSet) => isSubset(c.all, closure(x, c.fds));
    // BCNF: every X⁺ is either everything or nothing beyond X. 3NF: what X adds beyond X is prime unless X is a superkey.
    const bcnf = subsets(c.all).every((x) => isSuper(x) || closure(x, c.fds) === x);
    const third = subsets(c.all).every((x) => isSuper(x) || isSubset(closure(x, c.fds) & ~x, prime));
    const second = search.keys.every((k) => subsets(k).every((x) => x === k || isSubset(closure(x, c.fds) & ~x, prime)));
    const expected = bcnf ? 'BCNF' : third ? '3NF' : second ? '2NF' : '1NF';
    expect(report.highest).toBe(expected);
  });

  it.each(SEEDS)('3NF synthesis is in 3NF, lossless and dependency-preserving (seed %i)', (seed) => {
    const c = randomCase(seed);
    const s = synthesize3NF(c.all, c.fds);
    expect(s.preservation.preserved).toBe(true);
    expect(checkPreservation(s.relations.map((r) => r.attrs), c.fds).preserved).toBe(true);
    expect(s.losslessness.lossless).toBe(true);
    for (const r of s.relations) expect(['3NF', 'BCNF']).toContain(partForm(r.attrs, c.fds));
    expect(s.relations.reduce((u, r) => u | r.attrs, 0n)).toBe(c.all);
  });

  it.each(SEEDS)('BCNF decomposition is in BCNF and lossless (seed %i)', (seed) => {
    const c = randomCase(seed);
    const b = decomposeBCNF(c.all, c.fds);
    expect(b.partial).toBe(false);
    expect(b.losslessness.lossless).toBe(true);
    expect(chase(c.all, b.relations, c.fds).lossless).toBe(true);
    for (const r of b.relations) expect(partForm(r, c.fds)).toBe('BCNF');
    expect(b.relations.reduce((u, r) => u | r, 0n)).toBe(c.all);
    // What it reports as lost is exactly what the parts cannot enforce.
    expect(b.lost).toEqual(checkPreservation(b.relations, b.cover).lost);
  });
});
