import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import type { IndexKey } from '../../model/table-parts';

/**
 * What a fix changes, in the words the problems panel shows before it is
 * applied: tables added, columns moved out or added, foreign keys and indexes
 * created or dropped, keys and types changed. Compared by id, so a renamed
 * object is a change, not a removal and an addition.
 */
export function describeFixChanges(before: DiagramDocument, after: DiagramDocument): string[] {
  const lines: string[] = [];
  const oldTables = new Map(before.tables.map((t) => [t.id, t]));
  const newTables = new Map(after.tables.map((t) => [t.id, t]));
  const tableName = (id: string) => newTables.get(id)?.name ?? oldTables.get(id)?.name ?? id;

  for (const t of after.tables) {
    const old = oldTables.get(t.id);
    if (!old) {
      const key = t.primaryKey ? ` (key: ${names(t, t.primaryKey.columnIds)})` : '';
      lines.push(`New table ${t.name}: ${t.columns.map((c) => c.name).join(', ')}${key}`);
      continue;
    }
    lines.push(...tableChanges(old, t));
  }
  for (const t of before.tables) if (!newTables.has(t.id)) lines.push(`Table ${t.name} removed`);

  const oldRels = new Set(before.relationships.map((r) => r.id));
  for (const r of after.relationships) {
    if (oldRels.has(r.id)) continue;
    const from = newTables.get(r.fromTableId);
    const to = newTables.get(r.toTableId);
    lines.push(`New foreign key ${tableName(r.fromTableId)}(${from ? names(from, r.fromColumnIds) : '?'}) → ${tableName(r.toTableId)}(${to ? names(to, r.toColumnIds) : '?'})`);
  }
  const newRels = new Set(after.relationships.map((r) => r.id));
  for (const r of before.relationships) if (!newRels.has(r.id)) lines.push(`Foreign key ${tableName(r.fromTableId)} → ${tableName(r.toTableId)} removed`);
  return lines;
}

function tableChanges(old: Table, t: Table): string[] {
  const lines: string[] = [];
  const oldCols = new Map(old.columns.map((c) => [c.id, c]));
  const newCols = new Set(t.columns.map((c) => c.id));
  const removed = old.columns.filter((c) => !newCols.has(c.id)).map((c) => c.name);
  const added = t.columns.filter((c) => !oldCols.has(c.id)).map((c) => c.name);
  if (removed.length > 0) lines.push(`${t.name}: columns ${removed.join(', ')} moved out (dropped here)`);
  if (added.length > 0) lines.push(`${t.name}: new columns ${added.join(', ')}`);
  for (const c of t.columns) {
    const before = oldCols.get(c.id);
    if (before && JSON.stringify(before.type) !== JSON.stringify(c.type)) lines.push(`${t.name}.${c.name}: type changed`);
  }
  if (JSON.stringify(old.primaryKey) !== JSON.stringify(t.primaryKey)) {
    lines.push(t.primaryKey ? `${t.name}: primary key (${names(t, t.primaryKey.columnIds)})` : `${t.name}: primary key removed`);
  }
  const oldIdx = new Set(old.indexes.map((i) => i.id));
  const newIdx = new Set(t.indexes.map((i) => i.id));
  for (const i of t.indexes) {
    if (!oldIdx.has(i.id)) {
      const include = i.include.length > 0 ? ` INCLUDE (${names(t, i.include)})` : '';
      const where = i.where ? ` WHERE ${i.where}` : '';
      lines.push(`${t.name}: new ${i.unique ? 'unique ' : ''}${i.method} index ${i.name} (${i.keys.map((k) => indexKeyName(t, k)).join(', ')})${include}${where}`);
    }
  }
  for (const i of old.indexes) if (!newIdx.has(i.id)) lines.push(`${t.name}: index ${i.name} dropped`);
  if (JSON.stringify(old.partitioning) !== JSON.stringify(t.partitioning)) {
    lines.push(t.partitioning ? `${t.name}: partitioned by ${t.partitioning.strategy}` : `${t.name}: no longer partitioned`);
  }
  return lines;
}

const names = (t: Table, ids: readonly string[]) => ids.map((id) => t.columns.find((c) => c.id === id)?.name ?? id).join(', ');

function indexKeyName(t: Table, key: IndexKey): string {
  const base = key.columnId ? names(t, [key.columnId]) : (key.expression ?? '?');
  return key.order === 'desc' ? `${base} DESC` : base;
}
