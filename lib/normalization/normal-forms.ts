import { bit, indices, isProperSubset, isSubset, minus, type AttrSet } from './attr-set';
import { closureOf } from './closure';
import { minimalCover } from './cover';
import { restrictTo, type FD } from './fd';
import { candidateKeys, primeAttributes, type KeySearchOptions } from './keys';

export type NormalForm = '1NF' | '2NF' | '3NF' | 'BCNF';

export type ViolationKind = 'partial' | 'transitive' | 'non_key_determinant';

/**
 * One dependency that breaks a normal form: `determinant → dependent` (a single
 * attribute, so messages and fixes can name it exactly), the form it breaks and why.
 */
export interface Violation {
  readonly kind: ViolationKind;
  readonly normalForm: Exclude<NormalForm, '1NF'>;
  readonly determinant: AttrSet;
  readonly dependent: AttrSet;
  /** For a partial dependency: the candidate key the determinant is a proper part of. */
  readonly key: AttrSet | null;
  readonly reason: string;
}

export interface NormalFormReport {
  readonly keys: AttrSet[];
  readonly prime: AttrSet;
  /** True when the key search was cut short; prime attributes may then be missing. */
  readonly keysPartial: boolean;
  /** The highest of 1NF–BCNF the relation satisfies (1NF is assumed: atomic values are checked elsewhere). */
  readonly highest: NormalForm;
  readonly violations: Violation[];
}

/**
 * Tests one relation against 2NF, 3NF and BCNF. `fds` must hold on the relation
 * (for a sub-relation, pass its projection). Checking the dependencies of a
 * minimal cover is enough: any violating dependency implied by them has a
 * violating one among them (for 2NF the key-part closures are checked directly).
 */
export function checkNormalForms(relation: AttrSet, fds: readonly FD[], options: KeySearchOptions = {}): NormalFormReport {
  const inside = restrictTo(fds, relation);
  const cover = minimalCover(inside);
  const close = closureOf(cover);
  const search = candidateKeys(relation, cover, options);
  const prime = primeAttributes(search.keys);
  const isSuper = (s: AttrSet) => isSubset(relation, close(s));
  const violations: Violation[] = [];
  const partialPairs = new Set<string>();

  // 2NF: a non-prime attribute determined by a proper part of a candidate key. Any
  // proper part lies inside K − {k} for some k, so |K| closures per key suffice.
  for (const key of search.keys) {
    for (const k of indices(key)) {
      const part = key & ~bit(k);
      for (const a of indices(minus(minus(close(part), prime), part))) {
        const determinant = smallestDeterminant(part, a, close);
        const id = `${determinant}:${a}`;
        if (partialPairs.has(id)) continue;
        partialPairs.add(id);
        violations.push({
          kind: 'partial', normalForm: '2NF', determinant, dependent: bit(a), key,
          reason: 'a non-key attribute depends on only part of a candidate key',
        });
      }
    }
  }

  for (const f of cover) {
    if (isSuper(f.lhs)) continue;
    const a = indices(f.rhs)[0]!;
    if (!isSubset(f.rhs, prime)) {
      if (partialPairs.has(`${f.lhs}:${a}`) || search.keys.some((k) => isProperSubset(f.lhs, k))) continue;
      violations.push({
        kind: 'transitive', normalForm: '3NF', determinant: f.lhs, dependent: f.rhs, key: null,
        reason: 'a non-key attribute depends on another non-key attribute (a transitive dependency through it)',
      });
    } else {
      violations.push({
        kind: 'non_key_determinant', normalForm: 'BCNF', determinant: f.lhs, dependent: f.rhs, key: null,
        reason: 'a key attribute is determined by columns that are not a key',
      });
    }
  }

  const highest: NormalForm = violations.some((v) => v.normalForm === '2NF') ? '1NF'
    : violations.some((v) => v.normalForm === '3NF') ? '2NF'
      : violations.length > 0 ? '3NF' : 'BCNF';
  return { keys: search.keys, prime, keysPartial: search.partial, highest, violations };
}

export function isBCNF(relation: AttrSet, fds: readonly FD[]): boolean {
  return checkNormalForms(relation, fds).highest === 'BCNF';
}

export function is3NF(relation: AttrSet, fds: readonly FD[]): boolean {
  const highest = checkNormalForms(relation, fds).highest;
  return highest === '3NF' || highest === 'BCNF';
}

/** Shrinks `from` to a smallest-by-greedy subset that still determines attribute `a`. */
function smallestDeterminant(from: AttrSet, a: number, close: (s: AttrSet) => AttrSet): AttrSet {
  let det = from;
  for (const b of indices(from)) {
    const smaller = det & ~bit(b);
    if ((close(smaller) & bit(a)) !== 0n) det = smaller;
  }
  return det;
}
