import type { NodeLayout } from '../model/canvas';
import type { DiagramDocument } from '../model/document';

/** The top-level lists of a document whose items have ids. */
export const COLLECTIONS = [
  'schemas', 'extensions', 'enums', 'domains', 'tables', 'relationships', 'notes', 'areas', 'exceptions',
] as const;
export type CollectionKey = (typeof COLLECTIONS)[number];
type Item<K extends CollectionKey> = DiagramDocument[K][number];

/**
 * How one list changes: ids to remove, and items to put (replacing the item with
 * the same id in place, or inserted at `index` of the resulting list). When the
 * items that stay change order the list is stored whole.
 */
export type CollectionPatch<T> =
  | { whole: T[] }
  | { remove: string[]; put: { index: number; value: T }[] };

const SCALARS = ['name', 'description', 'target', 'workload'] as const;
type ScalarKey = (typeof SCALARS)[number];

/**
 * The difference between two documents, keyed by stable id — what the history
 * stores (as tldraw does), so undoing a cascade (a table deleted with its foreign
 * keys, area membership and layout) restores exactly what was there, in place.
 * Unchanged objects are shared by reference, so a patch is small.
 */
export interface DocumentPatch {
  scalars?: Partial<Pick<DiagramDocument, ScalarKey>>;
  collections?: { [K in CollectionKey]?: CollectionPatch<Item<K>> };
  /** Layout entries to set; null removes the entry. */
  layout?: Record<string, NodeLayout | null>;
  viewport?: { value: DiagramDocument['layout']['viewport'] };
}

/** The patch that turns `from` into `to`. Relies on untouched objects being shared (commands keep them). */
export function diffDocuments(from: DiagramDocument, to: DiagramDocument): DocumentPatch {
  const patch: DocumentPatch = {};
  for (const key of SCALARS) {
    if (from[key] !== to[key]) patch.scalars = { ...patch.scalars, [key]: to[key] };
  }
  for (const key of COLLECTIONS) {
    if (from[key] === to[key]) continue;
    const change = diffList<{ id: string }>(from[key], to[key]);
    if (change) (patch.collections ??= {})[key] = change as never;
  }
  if (from.layout.nodes !== to.layout.nodes) {
    const layout: Record<string, NodeLayout | null> = {};
    for (const [id, node] of Object.entries(to.layout.nodes)) if (from.layout.nodes[id] !== node) layout[id] = node;
    for (const id of Object.keys(from.layout.nodes)) if (!Object.hasOwn(to.layout.nodes, id)) layout[id] = null;
    if (Object.keys(layout).length > 0) patch.layout = layout;
  }
  if (from.layout.viewport !== to.layout.viewport) patch.viewport = { value: to.layout.viewport };
  return patch;
}

export function isEmptyPatch(patch: DocumentPatch): boolean {
  return !patch.scalars && !patch.collections && !patch.layout && !patch.viewport;
}

/** True when the patch only moves, hides or resizes nodes (no schema change). */
export function isLayoutOnly(patch: DocumentPatch): boolean {
  return !patch.scalars && !patch.collections && !patch.viewport;
}

export function applyPatch(doc: DiagramDocument, patch: DocumentPatch): DiagramDocument {
  const next: DiagramDocument = { ...doc, ...patch.scalars };
  for (const key of COLLECTIONS) {
    const change = patch.collections?.[key];
    if (change) (next as Record<CollectionKey, unknown>)[key] = applyList<{ id: string }>(doc[key], change as CollectionPatch<{ id: string }>);
  }
  if (patch.layout || patch.viewport) {
    const nodes = { ...doc.layout.nodes };
    for (const [id, node] of Object.entries(patch.layout ?? {})) {
      if (node === null) delete nodes[id];
      else nodes[id] = node;
    }
    next.layout = { nodes: patch.layout ? nodes : doc.layout.nodes, viewport: patch.viewport ? patch.viewport.value : doc.layout.viewport };
  }
  return next;
}

/**
 * Layout-only patches compose by key: applying `newer` then `older` equals one
 * patch where `older` wins. Used to squash the inverses of consecutive moves.
 */
export function composeLayoutPatches(older: DocumentPatch, newer: DocumentPatch): DocumentPatch {
  return { layout: { ...newer.layout, ...older.layout } };
}

function diffList<T extends { id: string }>(from: readonly T[], to: readonly T[]): CollectionPatch<T> | null {
  const toIds = new Set(to.map((item) => item.id));
  const fromById = new Map(from.map((item) => [item.id, item]));
  const kept = from.filter((item) => toIds.has(item.id)).map((item) => item.id);
  const keptInTo = to.filter((item) => fromById.has(item.id)).map((item) => item.id);
  if (kept.some((id, i) => keptInTo[i] !== id)) return { whole: [...to] };
  const remove = from.filter((item) => !toIds.has(item.id)).map((item) => item.id);
  const put = to.flatMap((value, index) => (fromById.get(value.id) === value ? [] : [{ index, value }]));
  return remove.length === 0 && put.length === 0 ? null : { remove, put };
}

function applyList<T extends { id: string }>(list: readonly T[], change: CollectionPatch<T>): T[] {
  if ('whole' in change) return [...change.whole];
  const removed = new Set(change.remove);
  const out = list.filter((item) => !removed.has(item.id));
  const position = new Map(out.map((item, i) => [item.id, i]));
  const inserts: { index: number; value: T }[] = [];
  for (const entry of change.put) {
    const at = position.get(entry.value.id);
    if (at === undefined) inserts.push(entry);
    else out[at] = entry.value;
  }
  // Ascending final indices: each insert lands where it sat in the target list.
  for (const { index, value } of inserts.sort((a, b) => a.index - b.index)) out.splice(index, 0, value);
  return out;
}
