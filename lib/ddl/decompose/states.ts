import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import type { DocumentChange } from '../../normalization/fix-types';
import { chooseName, columnNamesAddition } from '../names';
import { freezeNames } from '../plan/freeze';
import { resolveLeniently } from '../resolve';

/**
 * The documents a data-moving migration passes through, each step migrating one
 * to the next (and its DOWN back), all diffed by the ordinary `diff`:
 *
 *   d0       the old schema (constraint names frozen, as the planner does)
 *   created  d0 + the new table (for extracted values also its foreign key to the
 *            old table: the new table is empty, so adding it costs nothing)
 *   indexed  created + an index on the old table's foreign key columns, when a
 *            decomposition needs one and none exists
 *   linked   indexed + the foreign key from the old table to the new one
 *   loose    target + the moved columns back, nullable and without default or
 *            constraints: the DOWN re-adds them so, copies the values back, then
 *            migrates loose → linked to restore NOT NULL, defaults and constraints
 *   target   the fixed document (+ the index above)
 */
export interface MigrationDocuments {
  readonly d0: DiagramDocument;
  readonly created: DiagramDocument;
  readonly indexed: DiagramDocument;
  readonly linked: DiagramDocument;
  readonly loose: DiagramDocument;
  readonly target: DiagramDocument;
  readonly indexAdded: boolean;
  /** `after` as the user wrote it (names not frozen), plus the index: what the diagram becomes. */
  readonly document: DiagramDocument;
}

export function migrationDocuments(before: DiagramDocument, after: DiagramDocument, change: DocumentChange): MigrationDocuments {
  const d0 = freezeNames(before);
  const target = freezeNames(after);
  const table = (doc: DiagramDocument, id: string) => {
    const found = doc.tables.find((t) => t.id === id);
    if (!found) throw new Error(`decomposition: table "${id}" is missing from a document of the change`);
    return found;
  };
  const old = table(d0, change.table.id);

  const created = structuredClone(d0);
  if (change.kind !== 'drop_copied_columns') {
    created.tables.splice(created.tables.findIndex((t) => t.id === old.id) + 1, 0, structuredClone(table(target, change.newTable.id)));
    if (change.kind === 'extract_values') created.relationships.push(structuredClone(relationship(target, change.foreignKey.id)));
  }

  let indexAdded = false;
  const document = structuredClone(after);
  const indexed = structuredClone(created);
  if (change.kind === 'decompose' && !isCovered(table(target, old.id), change.foreignKey.fromColumnIds)) {
    const index = foreignKeyIndex(target, table(target, old.id), change.foreignKey.id, change.foreignKey.fromColumnIds);
    table(target, old.id).indexes.push(index);
    table(indexed, old.id).indexes.push(structuredClone(index));
    table(document, old.id).indexes.push(structuredClone(index));
    indexAdded = true;
  }

  const linked = structuredClone(indexed);
  if (change.kind === 'decompose') linked.relationships.push(structuredClone(relationship(target, change.foreignKey.id)));

  const removed = new Set(change.kind === 'drop_copied_columns' ? change.droppedColumns.map((c) => c.id) : change.movedColumns.map((m) => m.from));
  const loose = structuredClone(target);
  const looseTable = table(loose, old.id);
  const kept = new Set(looseTable.columns.map((c) => c.id));
  looseTable.columns = old.columns.filter((c) => kept.has(c.id) || removed.has(c.id)).map((c) => (removed.has(c.id)
    ? { ...structuredClone(c), nullable: true, default: null, identity: null, generated: null }
    : structuredClone(looseTable.columns.find((k) => k.id === c.id)!)));

  return { d0, created, indexed, linked, loose, target, indexAdded, document };
}

function relationship(doc: DiagramDocument, id: string) {
  const found = doc.relationships.find((r) => r.id === id);
  if (!found) throw new Error(`decomposition: the fixed document has no relationship "${id}"`);
  return found;
}

/** Whether an index, the primary key or a unique constraint starts with exactly these columns (in any order). */
function isCovered(table: Table, columnIds: readonly string[]): boolean {
  const want = new Set(columnIds);
  const leads = (keys: readonly (string | null)[]) => keys.length >= want.size && keys.slice(0, want.size).every((k) => k !== null && want.has(k));
  return (table.primaryKey !== null && leads(table.primaryKey.columnIds))
    || table.uniques.some((u) => leads(u.columnIds))
    || table.indexes.some((i) => i.where === null && i.method === 'btree' && leads(i.keys.map((k) => k.columnId)));
}

/** A btree index on the foreign key columns, named as PostgreSQL would (`orders_customer_id_idx`), not clashing with a name in the schema. */
function foreignKeyIndex(doc: DiagramDocument, table: Table, relationshipId: string, columnIds: readonly string[]): Table['indexes'][number] {
  const model = resolveLeniently(doc).model;
  const schema = model.tables.find((t) => t.id === table.id)!.ref.schema;
  const taken = new Set(model.tables.filter((t) => t.ref.schema === schema).flatMap((t) => [
    t.ref.name, ...t.indexes.map((i) => i.name), ...(t.primaryKey ? [t.primaryKey.name] : []), ...t.uniques.map((u) => u.name),
  ]));
  const names = columnIds.map((id) => table.columns.find((c) => c.id === id)!.name);
  return {
    id: `idx_${relationshipId}`.slice(0, 64), name: chooseName(table.name, columnNamesAddition(names), 'idx', taken),
    method: 'btree', unique: false, nullsNotDistinct: false,
    keys: columnIds.map((columnId) => ({ columnId, expression: null, order: null, nulls: null, opclass: null, collation: null })),
    include: [], where: null, with: {}, comment: 'Serves the foreign key added by the normalization fix (joins and deletes on the referenced table).',
  };
}
