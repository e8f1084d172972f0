import type { DiagramDocument } from '../../model/document';
import type { Relationship } from '../../model/relationship';
import type { Table } from '../../model/table';
import type { Column } from '../../model/table-parts';
import { err, ok, type Result } from '../../result';
import type { CommandOf } from '../command';
import { randomIds, type IdSource } from './ids';
import { freeColumnName } from './names';

/**
 * The rule for drawing a relationship by dragging from a column row onto a table:
 *
 * - from a **key column** (part of the primary key) of table P onto table C:
 *   C gets a foreign key to P's primary key. The FK column is `<P>_<key column>`
 *   (`users_id`), created in C with the key's type unless C already has a column
 *   of that name and type.
 * - from **any other column** of table C onto table P: that column becomes a
 *   foreign key to P's (single-column) primary key; its type must match.
 *
 * In words: the key side is always the parent.
 */
export type ConnectError = { message: string };

export function connectByDrag(
  doc: DiagramDocument,
  drag: { sourceTableId: string; sourceColumnId: string; targetTableId: string },
  ids: IdSource = randomIds,
): Result<CommandOf<'addRelationship'>, ConnectError> {
  const source = doc.tables.find((t) => t.id === drag.sourceTableId);
  const target = doc.tables.find((t) => t.id === drag.targetTableId);
  if (!source || !target) return err({ message: 'both ends of a relationship must be tables of this diagram' });
  const column = source.columns.find((c) => c.id === drag.sourceColumnId);
  if (!column) return err({ message: `table "${source.name}" has no such column` });
  if (source.primaryKey?.columnIds.includes(column.id)) return referenceKey(source, target, ids);
  return referenceFromColumn(source, column, target, ids);
}

/** Gives `child` a foreign key to `parent`'s primary key, creating the FK columns that are missing. */
export function referenceKey(parent: Table, child: Table, ids: IdSource = randomIds): Result<CommandOf<'addRelationship'>, ConnectError> {
  if (!parent.primaryKey) return err({ message: `table "${parent.name}" has no primary key to reference` });
  const newColumns: Column[] = [];
  const fromColumnIds = parent.primaryKey.columnIds.map((keyId) => {
    const key = parent.columns.find((c) => c.id === keyId)!;
    const name = `${parent.name}_${key.name}`;
    const type = referencingType(key);
    const existing = child.columns.find((c) => c.name === name && sameType(c.type, type));
    if (existing) return existing.id;
    const pending = { ...child, columns: [...child.columns, ...newColumns] };
    const created: Column = {
      id: ids('col'), name: freeColumnName(pending, name), type, nullable: false, default: null, identity: null,
      generated: null, collation: null, comment: '', snapshotOf: null,
    };
    newColumns.push(created);
    return created.id;
  });
  const relationship = blankRelationship(ids('rel'), child.id, fromColumnIds, parent.id, parent.primaryKey.columnIds);
  return ok({ kind: 'addRelationship', relationship, newColumns });
}

function referenceFromColumn(child: Table, column: Column, parent: Table, ids: IdSource): Result<CommandOf<'addRelationship'>, ConnectError> {
  const key = parent.primaryKey?.columnIds ?? [];
  if (key.length !== 1) {
    return err({ message: `table "${parent.name}" needs a single-column primary key for "${column.name}" to reference (drag from its key instead)` });
  }
  const keyColumn = parent.columns.find((c) => c.id === key[0])!;
  if (!sameType(column.type, referencingType(keyColumn))) {
    return err({ message: `"${child.name}.${column.name}" and "${parent.name}.${keyColumn.name}" have different types` });
  }
  return ok({ kind: 'addRelationship', relationship: blankRelationship(ids('rel'), child.id, [column.id], parent.id, key), newColumns: [] });
}

export function blankRelationship(id: string, fromTableId: string, fromColumnIds: string[], toTableId: string, toColumnIds: string[]): Relationship {
  return {
    id, name: null, fromTableId, fromColumnIds, toTableId, toColumnIds, cardinality: '1:N',
    onDelete: 'NO ACTION', onUpdate: 'NO ACTION', deferrable: 'not_deferrable', matchFull: false,
  };
}

/** The type a referencing column takes: the key's, with serial types turned into their integers. */
export function referencingType(key: Column): Column['type'] {
  const serial: Record<string, string> = { smallserial: 'smallint', serial: 'integer', bigserial: 'bigint' };
  if (key.type.kind === 'base' && serial[key.type.name]) return { ...key.type, name: serial[key.type.name]! };
  return key.type;
}

function sameType(a: Column['type'], b: Column['type']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
