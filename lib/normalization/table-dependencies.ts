import type { Column, FunctionalDependency, Table } from '../model';
import { EMPTY, fullSet, minus, setOf, type AttrSet } from './attr-set';
import type { FD } from './fd';

export type DependencySource =
  | { kind: 'declared'; dependencyId: string }
  | { kind: 'primary_key' }
  | { kind: 'unique'; constraintId: string }
  | { kind: 'unique_index'; indexId: string };

export interface SourcedFD {
  readonly fd: FD;
  readonly source: DependencySource;
}

/**
 * A table seen as a relation: attribute i is `table.columns[i]`, and the
 * dependencies that are facts about it — the declared ones, and those implied by
 * the primary key and by every unique constraint (or plain unique index) whose
 * columns are all NOT NULL. A nullable unique column is not a key: rows with NULL
 * there are not told apart by it.
 *
 * Snapshot columns (`snapshotOf`) hold a value copied at a point in time, so they
 * are taken out of the dependent side of declared dependencies: a later change of
 * the source must not change them, which is the opposite of a dependency.
 */
export interface TableRelation {
  readonly table: Table;
  readonly all: AttrSet;
  readonly names: string[];
  readonly columnIds: string[];
  readonly snapshots: AttrSet;
  readonly dependencies: SourcedFD[];
  readonly fds: FD[];
  /** Attribute set of the given column ids; unknown ids are ignored (the document was validated). */
  set(columnIds: readonly string[]): AttrSet;
  /** Column ids of an attribute set, in table order. */
  ids(s: AttrSet): string[];
  columns(s: AttrSet): Column[];
}

export function tableRelation(table: Table): TableRelation {
  const position = new Map(table.columns.map((c, i) => [c.id, i]));
  const set = (ids: readonly string[]) => setOf(ids.flatMap((id) => (position.has(id) ? [position.get(id)!] : [])));
  const all = fullSet(table.columns.length);
  const snapshots = setOf(table.columns.flatMap((c, i) => (c.snapshotOf ? [i] : [])));
  const notNull = (ids: readonly string[]) => ids.every((id) => table.columns[position.get(id) ?? -1]?.nullable === false);

  const dependencies: SourcedFD[] = [];
  if (table.primaryKey) dependencies.push({ fd: { lhs: set(table.primaryKey.columnIds), rhs: all }, source: { kind: 'primary_key' } });
  for (const u of table.uniques) {
    if (notNull(u.columnIds)) dependencies.push({ fd: { lhs: set(u.columnIds), rhs: all }, source: { kind: 'unique', constraintId: u.id } });
  }
  for (const index of table.indexes) {
    const ids = index.keys.map((k) => k.columnId);
    const plain = index.unique && index.where === null && ids.every((id): id is string => id !== null);
    if (plain && notNull(ids as string[])) dependencies.push({ fd: { lhs: set(ids as string[]), rhs: all }, source: { kind: 'unique_index', indexId: index.id } });
  }
  for (const d of table.dependencies) dependencies.push(declared(d, set, snapshots));

  const usable = dependencies.filter((d) => d.fd.rhs !== EMPTY);
  return {
    table, all, snapshots,
    names: table.columns.map((c) => c.name),
    columnIds: table.columns.map((c) => c.id),
    dependencies: usable,
    fds: usable.map((d) => d.fd),
    set,
    ids: (s) => table.columns.filter((_, i) => (s >> BigInt(i)) & 1n).map((c) => c.id),
    columns: (s) => table.columns.filter((_, i) => (s >> BigInt(i)) & 1n),
  };
}

function declared(d: FunctionalDependency, set: (ids: readonly string[]) => AttrSet, snapshots: AttrSet): SourcedFD {
  const lhs = set(d.determinant);
  return { fd: { lhs, rhs: minus(minus(set(d.dependent), snapshots), lhs) }, source: { kind: 'declared', dependencyId: d.id } };
}
