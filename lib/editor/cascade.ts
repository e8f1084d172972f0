import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';
import { filterShared, mapShared } from './doc';

/**
 * What removing an object takes with it. PostgreSQL would refuse to drop a column
 * an index or a foreign key uses; a designer instead removes the column from every
 * key, index, dependency and access pattern that names it (and drops those left
 * empty). The history keeps the whole previous state, so undo restores it all.
 */

/** Removes foreign keys, unmarking junction tables and access-pattern joins that used them. */
export function removeRelationships(doc: DiagramDocument, ids: ReadonlySet<string>): DiagramDocument {
  if (ids.size === 0) return doc;
  const relationships = filterShared(doc.relationships, (r) => !ids.has(r.id));
  if (relationships === doc.relationships) return doc;
  const tables = mapShared(doc.tables, (table) => {
    let next = table;
    if (table.junction && table.junction.relationshipIds.some((id) => ids.has(id))) next = { ...next, junction: null };
    const accessPatterns = mapShared(table.accessPatterns, (p) => {
      const joins = filterShared(p.joins, (id) => !ids.has(id));
      return joins === p.joins ? p : { ...p, joins };
    });
    return accessPatterns === table.accessPatterns ? next : { ...next, accessPatterns };
  });
  const exceptions = filterShared(doc.exceptions, (e) => e.subject.objectId === null || !ids.has(e.subject.objectId));
  return { ...doc, relationships, tables, exceptions };
}

/** Removes columns of one table and every reference to them. */
export function removeColumns(doc: DiagramDocument, tableId: string, columnIds: ReadonlySet<string>): DiagramDocument {
  const touching = doc.relationships.filter((r) =>
    (r.fromTableId === tableId && r.fromColumnIds.some((id) => columnIds.has(id)))
    || (r.toTableId === tableId && r.toColumnIds.some((id) => columnIds.has(id))));
  let next = removeRelationships(doc, new Set(touching.map((r) => r.id)));
  next = {
    ...next,
    tables: next.tables.map((t) => (t.id === tableId ? stripColumns(t, columnIds) : clearSnapshots(t, columnIds))),
  };
  return dropExceptions(next, columnIds);
}

/** Removes tables with their foreign keys (both directions), area membership, layout and exceptions. */
export function removeTables(doc: DiagramDocument, tableIds: ReadonlySet<string>): DiagramDocument {
  const removedColumns = new Set(doc.tables.filter((t) => tableIds.has(t.id)).flatMap((t) => t.columns.map((c) => c.id)));
  const rels = doc.relationships.filter((r) => tableIds.has(r.fromTableId) || tableIds.has(r.toTableId));
  let next = removeRelationships(doc, new Set(rels.map((r) => r.id)));
  const tables = next.tables.filter((t) => !tableIds.has(t.id)).map((t) => clearSnapshots(t, removedColumns));
  const areas = mapShared(next.areas, (area) => {
    const kept = filterShared(area.tableIds, (id) => !tableIds.has(id));
    return kept === area.tableIds ? area : { ...area, tableIds: kept };
  });
  const nodes = { ...next.layout.nodes };
  for (const id of tableIds) delete nodes[id];
  next = { ...next, tables, areas, layout: { ...next.layout, nodes } };
  const exceptions = filterShared(next.exceptions, (e) => e.subject.tableId === null || !tableIds.has(e.subject.tableId));
  return dropExceptions({ ...next, exceptions }, new Set([...removedColumns, ...tableIds]));
}

function stripColumns(table: Table, ids: ReadonlySet<string>): Table {
  const keep = (id: string) => !ids.has(id);
  const strip = (list: string[]) => filterShared(list, keep);
  const pkColumns = table.primaryKey ? strip(table.primaryKey.columnIds) : [];
  const primaryKey = !table.primaryKey ? null : pkColumns.length === 0 ? null
    : pkColumns === table.primaryKey.columnIds ? table.primaryKey : { ...table.primaryKey, columnIds: pkColumns };
  const uniques = table.uniques
    .map((u) => (strip(u.columnIds) === u.columnIds ? u : { ...u, columnIds: strip(u.columnIds) }))
    .filter((u) => u.columnIds.length > 0);
  const indexes = table.indexes
    .map((index) => {
      const keys = filterShared(index.keys, (k) => k.columnId === null || keep(k.columnId));
      const include = strip(index.include);
      return keys === index.keys && include === index.include ? index : { ...index, keys, include };
    })
    .filter((index) => index.keys.length > 0);
  const dependencies = table.dependencies
    .map((fd) => (strip(fd.determinant) === fd.determinant && strip(fd.dependent) === fd.dependent
      ? fd : { ...fd, determinant: strip(fd.determinant), dependent: strip(fd.dependent) }))
    .filter((fd) => fd.determinant.length > 0 && fd.dependent.length > 0);
  const accessPatterns = mapShared(table.accessPatterns, (p) => {
    const filters = filterShared(p.filters, (f) => keep(f.columnId));
    const orderBy = filterShared(p.orderBy, (s) => keep(s.columnId));
    const select = strip(p.select);
    const similarity = p.similarity && ids.has(p.similarity.columnId) ? null : p.similarity;
    return filters === p.filters && orderBy === p.orderBy && select === p.select && similarity === p.similarity
      ? p : { ...p, filters, orderBy, select, similarity };
  });
  // Partition bounds give one value per key column, so a table that loses a key column is no longer partitioned.
  const partitioning = table.partitioning?.key.some((k) => k.columnId !== null && ids.has(k.columnId)) ? null : table.partitioning;
  return {
    ...clearSnapshots(table, ids),
    columns: table.columns.filter((c) => keep(c.id)),
    primaryKey, uniques, indexes, dependencies, accessPatterns, partitioning,
  };
}

function clearSnapshots(table: Table, columnIds: ReadonlySet<string>): Table {
  const columns = mapShared(table.columns, (c) => (c.snapshotOf && columnIds.has(c.snapshotOf.columnId) ? { ...c, snapshotOf: null } : c));
  return columns === table.columns ? table : { ...table, columns };
}

/** An accepted exception about something that no longer exists has nothing left to excuse. */
function dropExceptions(doc: DiagramDocument, ids: ReadonlySet<string>): DiagramDocument {
  const exceptions = filterShared(doc.exceptions, (e) =>
    !e.subject.columnIds.some((id) => ids.has(id)) && (e.subject.objectId === null || !ids.has(e.subject.objectId)));
  return exceptions === doc.exceptions ? doc : { ...doc, exceptions };
}
