import type { DiagramDocument } from './document';
import { validateReferences } from './validate';

export interface MergeConflict {
  /** Where both sides changed the same thing, e.g. `tables[orders].name`. */
  path: string;
  description: string;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  document: DiagramDocument;
  conflicts: MergeConflict[];
  /**
   * True when combining both sides would have broken a reference (say, one side
   * deleted a column the other side indexed), so the preferred side was taken whole.
   */
  fellBack: boolean;
}

type Side = 'mine' | 'theirs';
type Json = unknown;

/**
 * Three-way merge of diagram documents. Objects in arrays are matched by their
 * stable id, so one person renaming a table while another adds a column both
 * survive. When both sides changed the same value differently, the `prefer`
 * side wins (default: theirs, i.e. what is already saved) and the clash is
 * reported so the UI can say exactly what was overridden.
 */
export function mergeDocuments(
  base: DiagramDocument,
  mine: DiagramDocument,
  theirs: DiagramDocument,
  options: { prefer?: Side } = {},
): MergeResult {
  const prefer = options.prefer ?? 'theirs';
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base, mine, theirs, [], prefer, conflicts) as DiagramDocument;
  if (validateReferences(merged).length > 0) {
    return { document: structuredClone(prefer === 'mine' ? mine : theirs), conflicts, fellBack: true };
  }
  return { document: merged, conflicts, fellBack: false };
}

function mergeValue(base: Json, mine: Json, theirs: Json, path: string[], prefer: Side, conflicts: MergeConflict[]): Json {
  if (deepEqual(mine, theirs)) return clone(mine);
  if (deepEqual(mine, base)) return clone(theirs);
  if (deepEqual(theirs, base)) return clone(mine);
  if (isIdArray(mine) && isIdArray(theirs) && (base === undefined || isIdArray(base))) {
    return mergeIdArrays((base as IdObject[] | undefined) ?? [], mine, theirs, path, prefer, conflicts);
  }
  if (isPlainObject(mine) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    const baseObject = (base as Record<string, Json> | undefined) ?? {};
    const out: Record<string, Json> = {};
    const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
    for (const key of keys) {
      const value = mergeValue(baseObject[key], mine[key], theirs[key], [...path, key], prefer, conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  conflicts.push(describeConflict(path, mine, theirs));
  return clone(prefer === 'mine' ? mine : theirs);
}

type IdObject = { id: string } & Record<string, Json>;

function mergeIdArrays(base: IdObject[], mine: IdObject[], theirs: IdObject[], path: string[], prefer: Side, conflicts: MergeConflict[]): IdObject[] {
  const byId = (items: IdObject[]) => new Map(items.map((item) => [item.id, item]));
  const [baseById, mineById, theirsById] = [byId(base), byId(mine), byId(theirs)];
  const result = new Map<string, IdObject>();
  const ids = new Set([...theirsById.keys(), ...mineById.keys(), ...baseById.keys()]);
  for (const id of ids) {
    // Label by the common ancestor's name: it is the name both people last agreed on.
    const label = labelOf(baseById.get(id) ?? theirsById.get(id) ?? mineById.get(id)!);
    const merged = mergeValue(baseById.get(id), mineById.get(id), theirsById.get(id), [...path, `[${label}]`], prefer, conflicts);
    if (merged !== undefined) result.set(id, merged as IdObject);
  }
  return orderLike(result, theirs, mine);
}

/** Keeps their order and slots my additions in after the item that precedes them in mine. */
function orderLike(items: Map<string, IdObject>, theirs: IdObject[], mine: IdObject[]): IdObject[] {
  const order = theirs.map((item) => item.id).filter((id) => items.has(id));
  mine.forEach((item, index) => {
    if (!items.has(item.id) || order.includes(item.id)) return;
    const previous = mine.slice(0, index).reverse().find((p) => order.includes(p.id));
    order.splice(previous ? order.indexOf(previous.id) + 1 : 0, 0, item.id);
  });
  return order.map((id) => items.get(id)!);
}

function describeConflict(path: string[], mine: Json, theirs: Json): MergeConflict {
  const where = path.join('.').replace(/\.\[/g, '[');
  const what = mine === undefined ? 'deleted here but changed there'
    : theirs === undefined ? 'changed here but deleted there'
    : `changed to ${preview(mine)} here and to ${preview(theirs)} there`;
  return { path: where, description: `${where}: ${what}`, mine, theirs };
}

function preview(value: Json): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function labelOf(item: IdObject): string {
  return typeof item.name === 'string' && item.name !== '' ? item.name : item.id;
}

function isIdArray(value: Json): value is IdObject[] {
  return Array.isArray(value) && value.every((v) => isPlainObject(v) && typeof v.id === 'string');
}

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as Json[];
    return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]));
  }
  const ao = a as Record<string, Json>;
  const bo = b as Record<string, Json>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((key) => Object.hasOwn(bo, key) && deepEqual(ao[key], bo[key]));
}
