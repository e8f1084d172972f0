import { newId, type Column, type DiagramDocument, type Table } from '../model';
import type { ColumnMove, DocumentChange, Fix } from './fix-types';
import { freeTableName, removeColumns } from './remove-columns';

type DecomposeFix = Extract<Fix, { kind: 'decompose' }>;
export type DecomposeChange = Extract<DocumentChange, { kind: 'decompose' }>;

/**
 * Splits a dependency X → Y out of a table: a new table (X, Y) with X as its
 * primary key, Y removed from the original table, and a foreign key from the
 * original X to the new table. The original keeps its key. Declared dependencies
 * that lie inside X ∪ Y move with the columns. Edits `doc` in place (the caller
 * passes a clone); fails with a message when the fix no longer fits the document.
 */
export function decompose(doc: DiagramDocument, table: Table, fix: DecomposeFix): DecomposeChange | string {
  const byId = new Map(table.columns.map((c) => [c.id, c]));
  const determinant = fix.determinant.map((id) => byId.get(id));
  const dependent = fix.dependent.map((id) => byId.get(id));
  if (determinant.some((c) => !c) || dependent.some((c) => !c)) return `table "${table.name}" no longer has all the columns of this fix`;
  if (fix.dependent.some((id) => fix.determinant.includes(id))) return 'a column cannot be on both sides of the dependency';
  if (fix.dependent.some((id) => table.primaryKey?.columnIds.includes(id))) return 'the moved columns are part of the primary key; this fix only moves non-key columns';
  if (table.partitioning?.key.some((k) => k.columnId !== null && fix.dependent.includes(k.columnId))) return 'a moved column is part of the partition key';

  const newTableId = newId('tbl');
  const keyColumns: ColumnMove[] = [];
  const movedColumns: ColumnMove[] = [];
  const copy = (c: Column, asKey: boolean): Column => ({
    ...structuredClone(c), id: newId('col'),
    // Identity and generated values belong to the original table; the new one receives copied values.
    identity: null, generated: null, default: asKey ? null : c.default, nullable: asKey ? false : c.nullable,
  });
  const newColumns = [
    ...(determinant as Column[]).map((c) => { const n = copy(c, true); keyColumns.push({ from: c.id, to: n.id, name: c.name }); return n; }),
    ...(dependent as Column[]).map((c) => { const n = copy(c, false); movedColumns.push({ from: c.id, to: n.id, name: c.name }); return n; }),
  ];
  const remap = new Map([...keyColumns, ...movedColumns].map((m) => [m.from, m.to]));
  const inside = new Set([...fix.determinant, ...fix.dependent]);
  const moving = table.dependencies
    .filter((d) => [...d.determinant, ...d.dependent].every((id) => inside.has(id)) && d.dependent.some((id) => fix.dependent.includes(id)));
  const movedDependencyIds = new Set(moving.map((d) => d.id));
  const movedDependencies = moving.map((d) => ({ ...d, id: newId('fd'), determinant: d.determinant.map((id) => remap.get(id)!), dependent: d.dependent.map((id) => remap.get(id)!) }));

  const newTable: Table = {
    id: newTableId, schemaId: table.schemaId, // Resolved again here: another fix applied since the analysis may have taken the name.
    name: freeTableName(doc, table.schemaId, fix.newTableName),
    comment: `Split out of "${table.name}": ${keyColumns.map((k) => k.name).join(', ')} determines ${movedColumns.map((m) => m.name).join(', ')}.`,
    columns: newColumns, primaryKey: { name: null, columnIds: keyColumns.map((k) => k.to) },
    uniques: [], checks: [], indexes: [], partitioning: null, unlogged: false, junction: null,
    dependencies: movedDependencies, accessPatterns: [], volume: null,
  };
  const dropped = removeColumns(doc, table, new Set(fix.dependent), new Map(movedColumns.map((m) => [m.from, m.to])))
    // The dependencies that moved are not lost.
    .filter((d) => d.kind !== 'dependency' || !movedDependencyIds.has(d.id));
  doc.tables.splice(doc.tables.indexOf(table) + 1, 0, newTable);
  const foreignKey = {
    id: newId('rel'), fromTableId: table.id, fromColumnIds: [...fix.determinant], toTableId: newTableId, toColumnIds: keyColumns.map((k) => k.to),
  };
  doc.relationships.push({ ...foreignKey, name: null, cardinality: '1:N', onDelete: 'NO ACTION', onUpdate: 'NO ACTION', deferrable: 'not_deferrable', matchFull: false });
  placeBeside(doc, table.id, newTableId);

  return {
    kind: 'decompose', table: { id: table.id, name: table.name },
    newTable: { id: newTableId, name: newTable.name, primaryKey: newTable.primaryKey!.columnIds },
    keyColumns, movedColumns, foreignKey, keptKey: table.primaryKey ? [...table.primaryKey.columnIds] : null, dropped,
  };
}

/** Puts a new table to the right of the one it came from, when that one has a position. */
export function placeBeside(doc: DiagramDocument, besideId: string, newTableId: string): void {
  const at = doc.layout.nodes[besideId];
  if (!at) return;
  doc.layout.nodes[newTableId] = { x: at.x + (at.width ?? 280) + 80, y: at.y, width: null, height: null, collapsed: false, hidden: false };
}
