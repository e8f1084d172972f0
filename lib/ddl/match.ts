/** Pairs two lists of objects by stable id: what was removed, what was added, and what is in both. */
export interface Matched<T> {
  readonly removed: T[];
  readonly added: T[];
  readonly kept: [before: T, after: T][];
}

export function matchBy<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Matched<T> {
  const afterByKey = new Map(after.map((item) => [key(item), item]));
  const beforeKeys = new Set(before.map(key));
  const removed: T[] = [];
  const kept: [T, T][] = [];
  for (const item of before) {
    const match = afterByKey.get(key(item));
    if (match === undefined) removed.push(item);
    else kept.push([item, match]);
  }
  return { removed, added: after.filter((item) => !beforeKeys.has(key(item))), kept };
}

export const matchById = <T extends { readonly id: string }>(before: readonly T[], after: readonly T[]) =>
  matchBy(before, after, (item) => item.id);

/** Structural equality for plain data (what the resolved model is made of). */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
