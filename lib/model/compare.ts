import type { DiagramDocument } from './document';
import { deepEqual } from './merge';
import type { Relationship } from './relationship';
import type { Table } from './table';
import type { Column, Index } from './table-parts';

/**
 * What changed between two diagram documents, object by object, matched by
 * stable id — so a renamed table is one "changed" table with its old name, not
 * a removed one and an added one. Only the schema counts: canvas positions,
 * notes, areas and the requirements (access patterns, volumes, dependencies)
 * are not compared, since none of them changes the database.
 */
export interface DocumentChanges {
  /** True when the two documents describe the same schema. */
  readonly identical: boolean;
  /** Every table of either document: added, removed, changed or unchanged. */
  readonly tables: readonly TableChange[];
  /** Relationships, enums, domains, sequences, schemas and extensions that differ. */
  readonly objects: readonly ObjectChange[];
  readonly summary: ChangeSummary;
}

export type ChangeStatus = 'added' | 'removed' | 'changed';

export interface TableChange {
  readonly tableId: string;
  readonly status: ChangeStatus | 'unchanged';
  /** The name in the newer document (the last name of a removed table). */
  readonly name: string;
  /** The older name when the table was renamed, else null. */
  readonly previousName: string | null;
  /** Table-level properties that differ (name, comment, keys, …); empty unless changed. */
  readonly properties: readonly TablePropertyChange[];
  /** Columns added, removed or changed (unchanged columns are left out). */
  readonly columns: readonly ColumnChange[];
  readonly indexes: readonly IndexChange[];
}

type Change<T, K extends keyof T> = { [P in K]: { readonly property: P; readonly before: T[P]; readonly after: T[P] } }[K];

export const TABLE_PROPERTIES = ['name', 'schemaId', 'comment', 'primaryKey', 'uniques', 'checks', 'partitioning', 'unlogged'] as const;
export type TablePropertyChange = Change<Table, (typeof TABLE_PROPERTIES)[number]>;

export const COLUMN_PROPERTIES = ['name', 'type', 'nullable', 'default', 'identity', 'generated', 'collation', 'comment'] as const;
export type ColumnProperty = (typeof COLUMN_PROPERTIES)[number];
export type ColumnPropertyChange = Change<Column, ColumnProperty>;

export interface ColumnChange {
  readonly columnId: string;
  readonly status: ChangeStatus;
  readonly name: string;
  readonly previousName: string | null;
  /** For a changed column: each property that differs, before → after. */
  readonly changes: readonly ColumnPropertyChange[];
}

export interface IndexChange {
  readonly indexId: string;
  readonly status: ChangeStatus;
  readonly name: string;
  readonly previousName: string | null;
  /** Names of the index's properties that differ (keys, unique, where, …). */
  readonly properties: readonly string[];
}

export type ObjectKind = 'relationship' | 'enum' | 'domain' | 'sequence' | 'schema' | 'extension';

export interface ObjectChange {
  readonly kind: ObjectKind;
  readonly id: string;
  readonly status: ChangeStatus;
  /** How a person recognizes it: a name, or `orders.user_id → users` for a relationship. */
  readonly name: string;
  readonly previousName: string | null;
  readonly properties: readonly string[];
}

export interface ChangeSummary {
  readonly tables: Record<ChangeStatus, number>;
  readonly columns: Record<ChangeStatus, number>;
  readonly objects: Record<ChangeStatus, number>;
}

/** The changes that turn `from` into `to`. Pure; the documents are not modified. */
export function compareDocuments(from: DiagramDocument, to: DiagramDocument): DocumentChanges {
  const tables = matchById(from.tables, to.tables).map(([before, after]) => compareTable(before, after));
  const objects: ObjectChange[] = [
    ...compareObjects('relationship', from.relationships, to.relationships, (r, doc) => relationshipLabel(r, doc), from, to),
    ...compareObjects('enum', from.enums, to.enums, (e) => e.name, from, to),
    ...compareObjects('domain', from.domains, to.domains, (d) => d.name, from, to),
    ...compareObjects('sequence', from.sequences, to.sequences, (s) => s.name, from, to),
    ...compareObjects('schema', from.schemas, to.schemas, (s) => s.name, from, to),
    ...compareObjects('extension', from.extensions, to.extensions, (e) => e.name, from, to),
  ];
  const summary: ChangeSummary = {
    tables: countStatuses(tables.filter((t) => t.status !== 'unchanged') as { status: ChangeStatus }[]),
    columns: countStatuses(tables.flatMap((t) => t.columns)),
    objects: countStatuses(objects),
  };
  const identical = tables.every((t) => t.status === 'unchanged') && objects.length === 0;
  return { identical, tables, objects, summary };
}

function compareTable(before: Table | undefined, after: Table | undefined): TableChange {
  const latest = (after ?? before)!;
  const base = { tableId: latest.id, name: latest.name, previousName: null, properties: [], columns: [], indexes: [] };
  if (!before) return { ...base, status: 'added', columns: latest.columns.map((c) => columnChange(c, 'added')) };
  if (!after) return { ...base, status: 'removed', columns: latest.columns.map((c) => columnChange(c, 'removed')) };
  const properties = TABLE_PROPERTIES
    .filter((p) => !deepEqual(before[p], after[p]))
    .map((p) => ({ property: p, before: before[p], after: after[p] }) as TablePropertyChange);
  const columns = matchById(before.columns, after.columns).flatMap(([b, a]) => compareColumn(b, a));
  const indexes = matchById(before.indexes, after.indexes).flatMap(([b, a]) => compareIndex(b, a));
  const changed = properties.length > 0 || columns.length > 0 || indexes.length > 0;
  return {
    ...base,
    status: changed ? 'changed' : 'unchanged',
    previousName: before.name !== after.name ? before.name : null,
    properties, columns, indexes,
  };
}

function columnChange(column: Column, status: 'added' | 'removed'): ColumnChange {
  return { columnId: column.id, status, name: column.name, previousName: null, changes: [] };
}

function compareColumn(before: Column | undefined, after: Column | undefined): ColumnChange[] {
  if (!before) return [columnChange(after!, 'added')];
  if (!after) return [columnChange(before, 'removed')];
  const changes = COLUMN_PROPERTIES
    .filter((p) => !deepEqual(before[p], after[p]))
    .map((p) => ({ property: p, before: before[p], after: after[p] }) as ColumnPropertyChange);
  if (changes.length === 0) return [];
  return [{ columnId: after.id, status: 'changed', name: after.name, previousName: before.name !== after.name ? before.name : null, changes }];
}

function compareIndex(before: Index | undefined, after: Index | undefined): IndexChange[] {
  const latest = (after ?? before)!;
  if (!before || !after) return [{ indexId: latest.id, status: before ? 'removed' : 'added', name: latest.name, previousName: null, properties: [] }];
  const properties = differingKeys(before, after);
  if (properties.length === 0) return [];
  return [{ indexId: after.id, status: 'changed', name: after.name, previousName: before.name !== after.name ? before.name : null, properties }];
}

function compareObjects<T extends { id: string }>(
  kind: ObjectKind,
  before: readonly T[],
  after: readonly T[],
  label: (item: T, doc: DiagramDocument) => string,
  from: DiagramDocument,
  to: DiagramDocument,
): ObjectChange[] {
  return matchById(before, after).flatMap(([b, a]): ObjectChange[] => {
    if (!b) return [{ kind, id: a!.id, status: 'added', name: label(a!, to), previousName: null, properties: [] }];
    if (!a) return [{ kind, id: b.id, status: 'removed', name: label(b, from), previousName: null, properties: [] }];
    const properties = differingKeys(b, a);
    if (properties.length === 0) return [];
    const [oldName, newName] = [label(b, from), label(a, to)];
    return [{ kind, id: a.id, status: 'changed', name: newName, previousName: oldName !== newName ? oldName : null, properties }];
  });
}

/** `orders.user_id → users`: the child table and its columns, then the parent. */
function relationshipLabel(relationship: Relationship, doc: DiagramDocument): string {
  const child = doc.tables.find((t) => t.id === relationship.fromTableId);
  const parent = doc.tables.find((t) => t.id === relationship.toTableId);
  const columns = relationship.fromColumnIds.map((id) => child?.columns.find((c) => c.id === id)?.name ?? '?').join(', ');
  return `${child?.name ?? '?'}.${columns} → ${parent?.name ?? '?'}`;
}

/**
 * Pairs of the same object in both lists, by id: the newer list's order first
 * (so the result reads like the newer document), then what only the older had.
 */
function matchById<T extends { id: string }>(before: readonly T[], after: readonly T[]): [T | undefined, T | undefined][] {
  const older = new Map(before.map((item) => [item.id, item]));
  const newer = new Set(after.map((item) => item.id));
  return [
    ...after.map((item): [T | undefined, T] => [older.get(item.id), item]),
    ...before.filter((item) => !newer.has(item.id)).map((item): [T, undefined] => [item, undefined]),
  ];
}

function differingKeys(before: object, after: object): string[] {
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((key) => key !== 'id' && !deepEqual(b[key], a[key]));
}

function countStatuses(items: readonly { status: ChangeStatus }[]): Record<ChangeStatus, number> {
  const counts: Record<ChangeStatus, number> = { added: 0, removed: 0, changed: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}
