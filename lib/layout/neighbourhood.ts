import type { DiagramDocument } from '../model/document';

export const FOCUS_HOPS = [1, 2, 3] as const;
export type FocusHops = (typeof FOCUS_HOPS)[number];

/**
 * The tables within `hops` relationships of `tableId`, the table itself
 * included. Direction does not matter: a parent and a child are both
 * neighbours. An unknown table id gives an empty set.
 */
export function tablesWithinHops(
  doc: Pick<DiagramDocument, 'tables' | 'relationships'>,
  tableId: string,
  hops: number,
): Set<string> {
  if (!doc.tables.some((t) => t.id === tableId)) return new Set();
  const adjacent = adjacency(doc);
  const reached = new Set([tableId]);
  let frontier = [tableId];
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacent.get(id) ?? []) {
        if (reached.has(neighbour)) continue;
        reached.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return reached;
}

function adjacency(doc: Pick<DiagramDocument, 'relationships'>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = map.get(a);
    if (list) list.push(b);
    else map.set(a, [b]);
  };
  for (const rel of doc.relationships) {
    link(rel.fromTableId, rel.toTableId);
    link(rel.toTableId, rel.fromTableId);
  }
  return map;
}
