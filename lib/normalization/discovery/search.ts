import { bit, indices, isSubset, type AttrSet } from '../attr-set';
import type { EncodedColumn } from './encode';
import { constantViolations, g3Violations } from './g3';
import { columnPartition, product, productScratch, repeats, type Partition } from './partition';

/**
 * Level-wise search for minimal functional dependencies X → A over a sample
 * (TANE-style): level ℓ holds the column sets of size ℓ, each with its stripped
 * partition, built as the product of two sets of the level below that share all
 * but their last column. Attribute sets here number the *sampled* columns.
 *
 * Pruning, all sound for minimal dependencies:
 * - X → A is not tested when some found Y ⊆ X already gives Y → A (exact or
 *   approximate: g3 only falls as X grows, so X → A would not be minimal);
 * - a set unique in the sample (a key of the sample) determines everything: it is
 *   reported once as a key and not extended; nor is a set the schema already makes
 *   a key (`known(X)` covers every column), nor one whose values repeat too
 *   rarely to tell a dependency from chance (`minEvidence`);
 * - X → A is not reported when the known dependencies imply it (`known(X)` has A).
 *
 * Reported: g3(X → A) ≤ maxError and, for an approximate dependency, at most
 * 10% of its tests failed (see `FoundDependency.evidence`).
 */
export interface SearchInput {
  readonly columns: readonly EncodedColumn[];
  readonly rowCount: number;
  /** Columns that may appear on the right side. */
  readonly dependents: AttrSet;
  /** Closure under the table's known dependencies, in sampled-column numbering. */
  readonly known: (lhs: AttrSet) => AttrSet;
  readonly maxLhs: number;
  /** Largest g3 error (a fraction of the rows) still reported. */
  readonly maxError: number;
  /** Fewest tests a dependency must have passed to count (see `FoundDependency.evidence`). */
  readonly minEvidence: number;
}

export interface FoundDependency {
  readonly lhs: AttrSet;
  readonly rhs: number;
  /** Rows to delete for the dependency to hold exactly (g3 as a count). */
  readonly violations: number;
  readonly repeats: number;
  /**
   * Repeats that would have broken X → A had A been independent of X:
   * `repeats · (1 − agreement(A))`. Ten repeats of a yes/no column prove less
   * than ten repeats of a city name.
   */
  readonly evidence: number;
}

export interface SearchResult {
  readonly dependencies: FoundDependency[];
  /** Minimal column sets unique in the sample that the schema does not already make keys. */
  readonly sampleKeys: AttrSet[];
  /** Columns (nearly) constant in the sample: everything determines them, so they are no dependents. */
  readonly constant: number[];
  readonly candidatesTested: number;
}

/** Largest share of its tests an approximate dependency may fail. */
const MAX_FAILED_TESTS = 0.1;

interface Node { readonly attrs: number[]; readonly set: AttrSet; readonly partition: Partition }

export function searchDependencies(input: SearchInput): SearchResult {
  const { columns, rowCount, maxLhs } = input;
  const limit = Math.floor(input.maxError * rowCount + 1e-9);
  const counts = new Int32Array(Math.max(1, ...columns.map((c) => c.distinct)));
  const scratch = productScratch(rowCount);
  const found: AttrSet[][] = columns.map(() => []);
  const dependencies: FoundDependency[] = [];
  const sampleKeys: AttrSet[] = [];
  const constant = columns.flatMap((c, i) => (constantViolations(c.codes, c.distinct) <= limit ? [i] : []));
  let dependents = input.dependents;
  for (const i of constant) dependents &= ~bit(i);
  let tested = 0;

  /** Tests X → A for every eligible A; false when X is not worth extending. */
  const visit = (node: Node): boolean => {
    const reach = input.known(node.set);
    if (isSubset(fullMask(columns.length), reach)) return false;
    const r = repeats(node.partition);
    if (r === 0) {
      sampleKeys.push(node.set);
      return false;
    }
    // Too few repeats to tell a dependency from chance; supersets repeat even less.
    if (r < input.minEvidence) return false;
    for (const a of indices(dependents & ~node.set & ~reach)) {
      if (found[a]!.some((y) => isSubset(y, node.set))) continue;
      const evidence = r * (1 - columns[a]!.agreement);
      if (evidence < input.minEvidence) continue;
      tested++;
      const violations = g3Violations(node.partition, columns[a]!.codes, counts, limit);
      // An approximate dependency must also pass nearly all of its tests: 34
      // exceptions out of 40 chances is a near-unique determinant, not a rule.
      if (violations > limit || violations > MAX_FAILED_TESTS * evidence) continue;
      found[a]!.push(node.set);
      dependencies.push({ lhs: node.set, rhs: a, violations, repeats: r, evidence });
    }
    return true;
  };

  let level: Node[] = [];
  for (let i = 0; i < columns.length; i++) {
    // A constant column adds nothing to a determinant: X and X ∪ {it} group the same rows.
    if (constant.includes(i)) continue;
    const node = { attrs: [i], set: bit(i), partition: columnPartition(columns[i]!.codes, columns[i]!.distinct) };
    if (visit(node) && maxLhs > 1) level.push(node);
  }
  for (let size = 2; size <= maxLhs && level.length > 1; size++) {
    const alive = new Set(level.map((n) => n.set));
    const next: Node[] = [];
    for (let i = 0; i < level.length; i++) {
      for (let j = i + 1; j < level.length; j++) {
        const a = level[i]!;
        const b = level[j]!;
        if (!samePrefix(a.attrs, b.attrs)) break; // level is sorted, so no later b shares the prefix
        const attrs = [...a.attrs, b.attrs.at(-1)!];
        const set = a.set | b.set;
        // Every subset one smaller must have survived, or a subset was a key (or known key).
        if (!attrs.every((_, k) => alive.has(set & ~bit(attrs[k]!)))) continue;
        const node = { attrs, set, partition: product(a.partition, b.partition, scratch) };
        if (visit(node) && size < maxLhs) next.push(node);
      }
    }
    level = next;
  }
  return { dependencies, sampleKeys, constant, candidatesTested: tested };
}

function samePrefix(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length - 1; k++) if (a[k] !== b[k]) return false;
  return true;
}

function fullMask(n: number): AttrSet {
  return (1n << BigInt(n)) - 1n;
}
