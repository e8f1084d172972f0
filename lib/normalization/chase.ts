import { indices, type AttrSet } from './attr-set';
import { splitRight, type FD } from './fd';

export interface ChaseResult {
  /** True when some row of the chased tableau is all distinguished: the join of the parts gives back the relation. */
  readonly lossless: boolean;
  /** The index of that row (the decomposed relation that ends up holding a key), or -1. */
  readonly witnessRow: number;
  /** The final tableau: 0 is the distinguished symbol of a column, other numbers stand for unknown values. */
  readonly tableau: number[][];
}

/**
 * The chase test for a lossless join. One row per part: the columns of the part's
 * attributes hold the distinguished symbol (0), every other cell a symbol of its
 * own. For each X → A, rows that agree on X are made to agree on A (preferring
 * the distinguished symbol) until nothing changes. The decomposition is lossless
 * exactly when some row becomes all distinguished.
 */
export function chase(relation: AttrSet, parts: readonly AttrSet[], fds: readonly FD[]): ChaseResult {
  const columns = indices(relation);
  const column = new Map(columns.map((a, c) => [a, c]));
  let next = 1;
  const tableau = parts.map((part) => columns.map((a) => ((part >> BigInt(a)) & 1n ? 0 : next++)));
  const rules = splitRight(fds)
    .filter((f) => indices(f.lhs | f.rhs).every((a) => column.has(a)))
    .map((f) => ({ lhs: indices(f.lhs).map((a) => column.get(a)!), rhs: column.get(indices(f.rhs)[0]!)! }));

  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of rules) {
      const groups = new Map<string, number[]>();
      tableau.forEach((row, r) => {
        const key = rule.lhs.map((c) => row[c]).join(',');
        const group = groups.get(key);
        if (group) group.push(r);
        else groups.set(key, [r]);
      });
      for (const rows of groups.values()) {
        if (rows.length < 2) continue;
        const symbols = rows.map((r) => tableau[r]![rule.rhs]!);
        const target = Math.min(...symbols);
        for (const s of new Set(symbols)) {
          if (s === target) continue;
          // Equating symbols renames them everywhere in the column, not just in these rows.
          for (const row of tableau) if (row[rule.rhs] === s) row[rule.rhs] = target;
          changed = true;
        }
      }
    }
  }
  const witnessRow = tableau.findIndex((row) => row.every((s) => s === 0));
  return { lossless: witnessRow >= 0, witnessRow, tableau };
}
