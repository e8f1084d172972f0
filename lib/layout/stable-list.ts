/**
 * Keeps object identity for list items that did not change, so React Flow
 * (which compares nodes and edges by reference) only re-renders what moved.
 * The canvas rebuilds its node objects on every document change and on every
 * drag tick; for 500 tables that would otherwise re-render 500 nodes per frame.
 *
 * `stabilize(next)` returns, for each item, the previous object with the same id
 * when it is structurally equal, else the new one; and the previous array itself
 * when nothing changed at all.
 */
export function createStableList<T extends { id: string }>(): (next: readonly T[]) => T[] {
  let byId = new Map<string, T>();
  let list: T[] = [];
  return (next) => {
    const nextById = new Map<string, T>();
    let changed = next.length !== list.length;
    const out = next.map((item, i) => {
      const old = byId.get(item.id);
      const kept = old !== undefined && structurallyEqual(old, item) ? old : item;
      nextById.set(item.id, kept);
      if (list[i] !== kept) changed = true;
      return kept;
    });
    byId = nextById;
    if (changed) list = out;
    return list;
  };
}

/** Deep equality for plain data (objects, arrays, primitives); functions compare by reference. */
export function structurallyEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => structurallyEqual(value, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  // Keys whose value is undefined count as absent, as they do for React Flow.
  const defined = (record: Record<string, unknown>) => Object.keys(record).filter((k) => record[k] !== undefined).length;
  if (defined(left) !== defined(right)) return false;
  return keys.every((key) => structurallyEqual(left[key], right[key]));
}
