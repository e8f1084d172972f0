import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import type { Column } from '../../model/table-parts';
import { err, ok, type Result } from '../../result';
import type { CommandOf, EditorCommand, Position } from '../command';
import { blankRelationship, referencingType } from './connect';
import { randomIds, type IdSource } from './ids';
import { freeName, relationNames } from './names';

/**
 * An N:M link between two tables: a junction table `<left>_<right>` whose
 * columns reference both primary keys, whose primary key is all of them, and
 * whose two foreign keys cascade on delete (a link row means nothing without
 * either end).
 */
export function manyToMany(
  doc: DiagramDocument,
  leftId: string,
  rightId: string,
  options: { position?: Position | null } = {},
  ids: IdSource = randomIds,
): Result<CommandOf<'addManyToMany'>, { message: string }> {
  const left = doc.tables.find((t) => t.id === leftId);
  const right = doc.tables.find((t) => t.id === rightId);
  if (!left || !right) return err({ message: 'both ends of an N:M relationship must be tables of this diagram' });
  for (const side of [left, right]) if (!side.primaryKey) return err({ message: `table "${side.name}" needs a primary key for an N:M relationship` });
  const columns: Column[] = [];
  const refs = (side: Table) => side.primaryKey!.columnIds.map((keyId) => {
    const key = side.columns.find((c) => c.id === keyId)!;
    const column: Column = {
      id: ids('col'), name: freeName(new Set(columns.map((c) => c.name)), `${side.name}_${key.name}`), type: referencingType(key),
      nullable: false, default: null, identity: null, generated: null, collation: null, comment: '', snapshotOf: null,
    };
    columns.push(column);
    return column.id;
  });
  const leftColumns = refs(left);
  const rightColumns = refs(right);
  const [toLeft, toRight] = [
    { ...blankRelationship(ids('rel'), '', leftColumns, left.id, left.primaryKey!.columnIds), onDelete: 'CASCADE' as const },
    { ...blankRelationship(ids('rel'), '', rightColumns, right.id, right.primaryKey!.columnIds), onDelete: 'CASCADE' as const },
  ];
  const junction: Table = {
    id: ids('tbl'), schemaId: left.schemaId, name: freeName(relationNames(doc, left.schemaId), `${left.name}_${right.name}`),
    comment: `Links ${left.name} and ${right.name} (many-to-many).`, columns,
    primaryKey: { name: null, columnIds: columns.map((c) => c.id) }, uniques: [], checks: [], indexes: [],
    partitioning: null, unlogged: false, junction: { relationshipIds: [toLeft.id, toRight.id] },
    dependencies: [], accessPatterns: [], volume: null,
  };
  const relationships: [typeof toLeft, typeof toRight] = [{ ...toLeft, fromTableId: junction.id }, { ...toRight, fromTableId: junction.id }];
  const position = options.position === undefined ? between(doc, left.id, right.id) : options.position;
  return ok({ kind: 'addManyToMany', junction, relationships, position });
}

/**
 * Turns a 1:N (or 1:1) foreign key into N:M: the foreign key goes, with its
 * columns that are not part of the child's primary key, and a junction table
 * links the two tables instead. One step in the history.
 */
export function convertToManyToMany(doc: DiagramDocument, relationshipId: string, ids: IdSource = randomIds): Result<EditorCommand, { message: string }> {
  const rel = doc.relationships.find((r) => r.id === relationshipId);
  if (!rel) return err({ message: 'that relationship no longer exists' });
  const child = doc.tables.find((t) => t.id === rel.fromTableId)!;
  const link = manyToMany(doc, rel.fromTableId, rel.toTableId, {}, ids);
  if (!link.ok) return link;
  const inKey = new Set(child.primaryKey?.columnIds ?? []);
  const usedElsewhere = new Set(doc.relationships.filter((r) => r.id !== rel.id).flatMap((r) => [...r.fromColumnIds, ...r.toColumnIds]));
  const dropColumns = rel.fromColumnIds.filter((id) => !inKey.has(id) && !usedElsewhere.has(id));
  return ok({
    kind: 'batch',
    commands: [
      { kind: 'deleteRelationships', relationshipIds: [rel.id] },
      ...(dropColumns.length > 0 ? [{ kind: 'deleteColumns' as const, tableId: child.id, columnIds: dropColumns }] : []),
      link.value,
    ],
  });
}

function between(doc: DiagramDocument, a: string, b: string): Position | null {
  const [pa, pb] = [doc.layout.nodes[a], doc.layout.nodes[b]];
  if (!pa || !pb) return null;
  return { x: Math.round((pa.x + pb.x) / 2), y: Math.round(Math.max(pa.y, pb.y) + 220) };
}
