import { newId, type Column, type DiagramDocument, type Table } from '../model';
import { placeBeside } from './fix-decompose';
import type { ColumnMove, DocumentChange, Fix } from './fix-types';
import { freeTableName, removeColumns } from './remove-columns';

type ExtractFix = Extract<Fix, { kind: 'extract_values' }>;
export type ExtractChange = Extract<DocumentChange, { kind: 'extract_values' }>;

/**
 * Moves a repeating group (phone1, phone2, phone3) or a multi-valued column
 * (tag_ids bigint[], a comma-separated list) into a child table with one row per
 * value: the parent's key, the value, and for a group its position. The child's
 * key is (parent key, position) for a group and (parent key, value) otherwise,
 * and it references the parent. Needs a parent primary key to point at.
 */
export function extractValues(doc: DiagramDocument, table: Table, fix: ExtractFix): ExtractChange | string {
  if (!table.primaryKey) return `table "${table.name}" has no primary key for the new table to reference; add one first`;
  const byId = new Map(table.columns.map((c) => [c.id, c]));
  const members = fix.columnIds.map((id) => byId.get(id));
  if (members.length === 0 || members.some((c) => !c)) return `table "${table.name}" no longer has all the columns of this fix`;
  if (fix.columnIds.some((id) => table.primaryKey!.columnIds.includes(id))) return 'a column of the primary key cannot be extracted';
  const first = members[0]!;

  const newTableId = newId('tbl');
  const keyColumns: ColumnMove[] = table.primaryKey.columnIds.map((id) => ({ from: id, to: newId('col'), name: byId.get(id)!.name }));
  const parentKey: Column[] = keyColumns.map((k) => ({
    ...structuredClone(byId.get(k.from)!), id: k.to, identity: null, generated: null, default: null, nullable: false, snapshotOf: null,
    // A parent column called like the value column would clash; prefix it with the parent table's name.
    name: k.name === fix.valueColumnName || k.name === 'position' ? `${table.name}_${k.name}`.slice(0, 63) : k.name,
  }));
  const position: Column | null = fix.source === 'repeating_group'
    ? { id: newId('col'), name: 'position', type: { kind: 'base', name: 'smallint', modifiers: [], arrayDims: 0 }, nullable: false, default: null, identity: null, generated: null, collation: null, comment: 'Which of the former numbered columns the value came from.', snapshotOf: null }
    : null;
  const valueType = first.type.kind === 'custom' || fix.source !== 'array' ? first.type : { ...first.type, arrayDims: 0 };
  const value: Column = {
    id: newId('col'), name: fix.valueColumnName, type: fix.source === 'delimited' ? { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 } : valueType,
    nullable: false, default: null, identity: null, generated: null, collation: first.collation, comment: first.comment, snapshotOf: null,
  };
  const newTable: Table = {
    id: newTableId, schemaId: table.schemaId, // Resolved again here: another fix applied since the analysis may have taken the name.
    name: freeTableName(doc, table.schemaId, fix.newTableName),
    comment: `One row per value of "${table.name}".${members.map((c) => c!.name).join(', ')}.`,
    columns: [...parentKey, ...(position ? [position] : []), value],
    primaryKey: { name: null, columnIds: [...parentKey.map((c) => c.id), (position ?? value).id] },
    uniques: [], checks: [], indexes: [], partitioning: null, unlogged: false, junction: null, dependencies: [], accessPatterns: [], volume: null,
  };
  const dropped = removeColumns(doc, table, new Set(fix.columnIds), new Map(fix.columnIds.map((id) => [id, value.id])));
  doc.tables.splice(doc.tables.indexOf(table) + 1, 0, newTable);
  const foreignKey = { id: newId('rel'), fromTableId: newTableId, fromColumnIds: parentKey.map((c) => c.id), toTableId: table.id, toColumnIds: [...table.primaryKey.columnIds] };
  doc.relationships.push({ ...foreignKey, name: null, cardinality: '1:N', onDelete: 'CASCADE', onUpdate: 'NO ACTION', deferrable: 'not_deferrable', matchFull: false });
  placeBeside(doc, table.id, newTableId);

  return {
    kind: 'extract_values', source: fix.source, table: { id: table.id, name: table.name },
    newTable: { id: newTableId, name: newTable.name, primaryKey: newTable.primaryKey!.columnIds },
    keyColumns: keyColumns.map((k, i) => ({ ...k, name: parentKey[i]!.name })),
    movedColumns: members.map((c, i) => ({ from: c!.id, to: value.id, name: c!.name, position: position ? i + 1 : null })),
    positionColumnId: position?.id ?? null, foreignKey, keptKey: [...table.primaryKey.columnIds], dropped,
  };
}
