import { err, ok, type Result } from '../result';
import type { DiagramDocument } from '../model/document';
import { newId } from '../model/ids';
import { SqlName } from '../model/names';
import type { Column } from '../model/table-parts';
import type { Table } from '../model/table';
import { typeFromShorthand } from '../model/type-shorthand';
import { validateReferences } from '../model/validate';

/**
 * Small named edits of a diagram document. Each returns a new document that shares
 * every untouched object with the old one (so memoized canvas pieces stay put) or
 * an error message the inspector can show. Validity is judged by the model's own
 * validator, so the rules (unique names, PostgreSQL's shared relation namespace)
 * live in one place.
 */
export type EditResult<T = DiagramDocument> = Result<T, string>;

export const DIAGRAM_NAME_MAX = 200;

/** The types offered when adding a column; the full type picker comes with the inspector. */
export const QUICK_COLUMN_TYPES = [
  'bigint', 'integer', 'text', 'varchar(255)', 'boolean', 'numeric(12,2)',
  'timestamptz', 'date', 'uuid', 'jsonb',
] as const;

export function renameDiagram(doc: DiagramDocument, name: string): EditResult {
  const trimmed = name.trim();
  if (trimmed === '') return err('a diagram needs a name');
  if (trimmed.length > DIAGRAM_NAME_MAX) return err(`a diagram name is at most ${DIAGRAM_NAME_MAX} characters`);
  return ok({ ...doc, name: trimmed });
}

export function addTable(
  doc: DiagramDocument,
  position: { x: number; y: number },
): EditResult<{ document: DiagramDocument; tableId: string }> {
  const schemaId = doc.schemas.find((s) => s.name === 'public')?.id ?? doc.schemas[0]!.id;
  const idColumn: Column = {
    id: newId('col'), name: 'id', type: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 },
    nullable: false, default: null, identity: 'always', generated: null, collation: null, comment: '', snapshotOf: null,
  };
  const table: Table = {
    id: newId('tbl'), schemaId, name: freeTableName(doc, schemaId), comment: '',
    columns: [idColumn], primaryKey: { name: null, columnIds: [idColumn.id] },
    uniques: [], checks: [], indexes: [], partitioning: null, unlogged: false, junction: null,
    dependencies: [], accessPatterns: [], volume: null,
  };
  const next: DiagramDocument = {
    ...doc,
    tables: [...doc.tables, table],
    layout: {
      ...doc.layout,
      nodes: { ...doc.layout.nodes, [table.id]: { ...position, width: null, height: null, collapsed: false, hidden: false } },
    },
  };
  const checked = validated(doc, next);
  return checked.ok ? ok({ document: checked.value, tableId: table.id }) : checked;
}

export function renameTable(doc: DiagramDocument, tableId: string, name: string): EditResult {
  const invalid = nameProblem(name);
  if (invalid) return err(invalid);
  return updateTable(doc, tableId, (table) => ({ ...table, name }));
}

export function addColumn(
  doc: DiagramDocument,
  tableId: string,
  column: { name: string; type: string },
): EditResult<{ document: DiagramDocument; columnId: string }> {
  const invalid = nameProblem(column.name);
  if (invalid) return err(invalid);
  let type: Column['type'];
  try {
    type = typeFromShorthand(column.type);
  } catch {
    return err(`"${column.type}" is not a type the designer knows`);
  }
  const added: Column = {
    id: newId('col'), name: column.name, type, nullable: true, default: null, identity: null,
    generated: null, collation: null, comment: '', snapshotOf: null,
  };
  const result = updateTable(doc, tableId, (table) => ({ ...table, columns: [...table.columns, added] }));
  return result.ok ? ok({ document: result.value, columnId: added.id }) : result;
}

export function renameColumn(doc: DiagramDocument, tableId: string, columnId: string, name: string): EditResult {
  const invalid = nameProblem(name);
  if (invalid) return err(invalid);
  return updateTable(doc, tableId, (table) => {
    if (!table.columns.some((c) => c.id === columnId)) return null;
    return { ...table, columns: table.columns.map((c) => (c.id === columnId ? { ...c, name } : c)) };
  });
}

/** Layout only: never validated, since a position cannot break the schema. */
export function moveTable(doc: DiagramDocument, tableId: string, position: { x: number; y: number }): DiagramDocument {
  const current = doc.layout.nodes[tableId];
  if (current && current.x === position.x && current.y === position.y) return doc;
  const node = { width: null, height: null, collapsed: false, hidden: false, ...current, x: position.x, y: position.y };
  return { ...doc, layout: { ...doc.layout, nodes: { ...doc.layout.nodes, [tableId]: node } } };
}

/** `table_N` with the smallest N (counting from the number of tables + 1) that is free. */
export function freeTableName(doc: DiagramDocument, schemaId: string): string {
  // Tables share PostgreSQL's relation namespace with indexes, so avoid both.
  const inSchema = doc.tables.filter((t) => t.schemaId === schemaId);
  const taken = new Set([...inSchema.map((t) => t.name), ...inSchema.flatMap((t) => t.indexes.map((i) => i.name))]);
  let n = doc.tables.length + 1;
  while (taken.has(`table_${n}`)) n++;
  return `table_${n}`;
}

function updateTable(doc: DiagramDocument, tableId: string, change: (table: Table) => Table | null): EditResult {
  const table = doc.tables.find((t) => t.id === tableId);
  if (!table) return err(`there is no table with id "${tableId}" in this diagram`);
  const changed = change(table);
  if (changed === null) return err(`table "${table.name}" has no such column`);
  return validated(doc, { ...doc, tables: doc.tables.map((t) => (t.id === tableId ? changed : t)) });
}

function nameProblem(name: string): string | null {
  const parsed = SqlName.safeParse(name);
  if (parsed.success) return name.trim() === name ? null : 'a name cannot start or end with spaces';
  return parsed.error.issues[0]?.message ?? 'not a valid name';
}

/** Accepts the edit unless it introduced a problem the document did not have before. */
function validated(before: DiagramDocument, after: DiagramDocument): EditResult {
  const known = new Set(validateReferences(before).map((p) => p.message));
  const introduced = validateReferences(after).find((p) => !known.has(p.message));
  return introduced ? err(introduced.message) : ok(after);
}
