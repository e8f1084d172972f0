import type { DiagramDocument } from '../model/document';
import { deepEqual } from '../model/merge';
import type { Table } from '../model/table';

/**
 * One thing that differs between two documents, named the way people name it.
 * `object` identifies what was touched (`table:T`, `column:T/C`, `layout:T`);
 * `key` adds the property for a change (`column:T/C#type`), so two changes to
 * the same property of the same object have the same key.
 */
export interface Change {
  readonly key: string;
  readonly object: string;
  readonly label: string;
  readonly property?: string;
  /** The property's new value, for a change. */
  readonly value?: unknown;
  readonly kind: 'added' | 'removed' | 'changed';
}

type Json = Parameters<typeof deepEqual>[0];
type WithId = { id: string } & Record<string, unknown>;
const same = (a: unknown, b: unknown) => a === b || deepEqual(a as Json, b as Json);

const TABLE_PARTS = ['uniques', 'checks', 'indexes', 'dependencies', 'accessPatterns'] as const;
const PART_NOUN: Record<(typeof TABLE_PARTS)[number], string> = {
  uniques: 'unique constraint', checks: 'check', indexes: 'index', dependencies: 'dependency', accessPatterns: 'access pattern',
};
/** Top-level lists other than tables, with how to name one item. */
const LISTS = {
  schemas: (item: WithId) => `schema ${String(item.name)}`,
  extensions: (item: WithId) => `extension ${String(item.name)}`,
  enums: (item: WithId) => `enum ${String(item.name)}`,
  domains: (item: WithId) => `domain ${String(item.name)}`,
  sequences: (item: WithId) => `sequence ${String(item.name)}`,
  relationships: (item: WithId) => (item.name ? `relationship ${String(item.name)}` : 'a relationship'),
  notes: () => 'a note',
  areas: (item: WithId) => (item.name ? `area ${String(item.name)}` : 'an area'),
  exceptions: (item: WithId) => `an accepted finding (${String(item.code)})`,
} as const;
const SINGULAR: Record<keyof typeof LISTS, string> = {
  schemas: 'schema', extensions: 'extension', enums: 'enum', domains: 'domain', sequences: 'sequence',
  relationships: 'relationship', notes: 'note', areas: 'area', exceptions: 'exception',
};
const SCALARS = ['name', 'description', 'target', 'workload'] as const;

/** Every difference between `before` and `after`, at the level of one property of one object. */
export function describeChanges(before: DiagramDocument, after: DiagramDocument): Change[] {
  if (before === after) return [];
  const out: Change[] = [];
  for (const key of SCALARS) {
    if (!same(before[key], after[key])) out.push({ key: `diagram#${key}`, object: 'diagram', label: 'the diagram', property: key, kind: 'changed' });
  }
  if (before.tables !== after.tables) {
    compareLists(before.tables, after.tables, (id) => `table:${id}`, (t) => t.name, out, (from, to) => tableChanges(from, to, out));
  }
  for (const [list, name] of Object.entries(LISTS) as [keyof typeof LISTS, (item: WithId) => string][]) {
    if (before[list] === after[list]) continue;
    compareLists(before[list] as unknown as WithId[], after[list] as unknown as WithId[], (id) => `${SINGULAR[list]}:${id}`, name, out);
  }
  if (before.layout.nodes !== after.layout.nodes) {
    const names = nodeNames(after, before);
    const ids = new Set([...Object.keys(before.layout.nodes), ...Object.keys(after.layout.nodes)]);
    for (const id of ids) {
      if (same(before.layout.nodes[id], after.layout.nodes[id])) continue;
      const object = `layout:${id}`;
      out.push({ key: object, object, label: `the position of ${names.get(id) ?? 'a node'}`, kind: 'changed' });
    }
  }
  return out;
}

function compareLists<T extends { id: string }>(
  before: readonly T[], after: readonly T[], objectOf: (id: string) => string, nameOf: (item: T) => string, out: Change[],
  deeper?: (from: T, to: T) => void,
): void {
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set<string>();
  for (const item of after) {
    const previous = old.get(item.id);
    const object = objectOf(item.id);
    if (!previous) {
      out.push({ key: object, object, label: nameOf(item), kind: 'added' });
      continue;
    }
    kept.add(item.id);
    if (previous === item) continue;
    // A changed object is named as it was, so "orders_a" renamed to "orders_b" reads as a change of orders_a.
    if (deeper) deeper(previous, item);
    else propertyChanges(previous as unknown as WithId, item as unknown as WithId, object, nameOf(previous), out);
  }
  for (const item of before) {
    if (kept.has(item.id)) continue;
    const object = objectOf(item.id);
    out.push({ key: object, object, label: nameOf(item), kind: 'removed' });
  }
  // Same items in another order: the order itself changed.
  const order = (list: readonly T[]) => list.filter((i) => kept.has(i.id)).map((i) => i.id).join();
  if (kept.size > 1 && order(before) !== order(after)) out.push({ key: `${objectOf('*')}#order`, object: objectOf('*'), label: 'the order', property: 'order', kind: 'changed' });
}

function propertyChanges(before: WithId, after: WithId, object: string, label: string, out: Change[], skip: readonly string[] = []): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const property of keys) {
    if (skip.includes(property) || same(before[property], after[property])) continue;
    out.push({ key: `${object}#${property}`, object, label, property, value: after[property], kind: 'changed' });
  }
}

function tableChanges(before: Table, after: Table, out: Change[]): void {
  const table = `table:${after.id}`;
  propertyChanges(before as unknown as WithId, after as unknown as WithId, table, before.name, out, ['columns', ...TABLE_PARTS]);
  if (before.columns !== after.columns) {
    const changes: Change[] = [];
    compareLists(before.columns, after.columns, (id) => `column:${after.id}/${id}`, (c) => `${before.name}.${c.name}`, changes);
    // A reorder of the columns is a change of the table, not of a column.
    out.push(...changes.map((c) => (c.property === 'order' ? { ...c, key: `${table}#columnOrder`, object: table, label: before.name, property: 'column order' } : c)));
  }
  for (const part of TABLE_PARTS) {
    if (before[part] === after[part]) continue;
    const label = (item: { id: string; name?: unknown }) => `${PART_NOUN[part]} ${typeof item.name === 'string' && item.name ? item.name : ''} on ${before.name}`.replace('  ', ' ');
    compareLists(before[part] as { id: string }[], after[part] as { id: string }[], (id) => `${part}:${after.id}/${id}`, label, out);
  }
}

/** Names of tables, notes and areas by id, from either document (for removed ones). */
function nodeNames(...docs: DiagramDocument[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of docs) {
    for (const t of doc.tables) if (!names.has(t.id)) names.set(t.id, t.name);
    for (const n of doc.notes) if (!names.has(n.id)) names.set(n.id, 'a note');
    for (const a of doc.areas) if (!names.has(a.id)) names.set(a.id, a.name ? `area ${a.name}` : 'an area');
  }
  return names;
}
