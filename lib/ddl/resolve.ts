import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';
import { err, ok, type Result } from '../result';
import type { DdlError } from './errors';
import { targetVersion } from './features';
import { extensionOfType, renderType, type TypeLookup } from './render-type';
import { resolveTable, type TableContext } from './resolve-table';
import { resolveSequences } from './resolve-sequence';
import { chooseName, defaultForeignKeyName } from './names';
import type { DomainDef, EnumDef, ExtensionDef, ForeignKeyDef, ObjectRef, SchemaModel, TableDef } from './schema-model';

/**
 * Resolves a document into a SchemaModel: every id replaced by the name it
 * stands for, every type rendered, every unnamed constraint given PostgreSQL's
 * default name, and every rule the target server would enforce checked first.
 * Errors are collected, not stopped at, so the user sees all of them at once.
 */
export function resolveDocument(doc: DiagramDocument): Result<SchemaModel, DdlError[]> {
  const { model, errors } = resolveLeniently(doc);
  return errors.length > 0 ? err(errors) : ok(model);
}

/**
 * The model and the errors side by side. `diff` uses the model of the *before*
 * document even when it breaks a rule (it describes what exists), and reports
 * only the errors of the *after* document.
 */
export function resolveLeniently(doc: DiagramDocument): { model: SchemaModel; errors: DdlError[] } {
  const errors: DdlError[] = [];
  const version = targetVersion(doc);
  const schemaName = new Map(doc.schemas.map((s) => [s.id, s.name]));
  const refOf = (schemaId: string, name: string): ObjectRef => ({ schema: schemaName.get(schemaId) ?? '?', name });
  const enumRefs = new Map(doc.enums.map((e) => [e.id, refOf(e.schemaId, e.name)]));
  const domainRefs = new Map(doc.domains.map((d) => [d.id, refOf(d.schemaId, d.name)]));
  const lookup: TypeLookup = { enumRef: (id) => enumRefs.get(id), domainRef: (id) => domainRefs.get(id) };

  // Names PostgreSQL considers taken in each schema when it picks a default
  // constraint name: relations (tables, partitions, indexes) and named constraints.
  const taken = new Map<string, Set<string>>();
  const takenIn = (schema: string) => {
    let set = taken.get(schema);
    if (!set) taken.set(schema, (set = new Set()));
    return set;
  };
  for (const table of doc.tables) {
    const names = takenIn(schemaName.get(table.schemaId) ?? '?');
    names.add(table.name);
    for (const p of table.partitioning?.partitions ?? []) names.add(p.name);
    for (const i of table.indexes) names.add(i.name);
    for (const c of [table.primaryKey, ...table.uniques, ...table.checks]) if (c?.name) names.add(c.name);
  }
  for (const sequence of doc.sequences) takenIn(schemaName.get(sequence.schemaId) ?? '?').add(sequence.name);
  for (const rel of doc.relationships) {
    const table = doc.tables.find((t) => t.id === rel.fromTableId);
    if (rel.name && table) takenIn(schemaName.get(table.schemaId) ?? '?').add(rel.name);
  }

  const enums: EnumDef[] = doc.enums.map((e) => ({ id: e.id, ref: enumRefs.get(e.id)!, values: e.values, comment: e.comment }));
  const domains: DomainDef[] = doc.domains.flatMap((d) => {
    const ref = domainRefs.get(d.id)!;
    const baseType = renderType(d.baseType, lookup);
    if (baseType === null) {
      errors.push({ kind: 'broken_reference', object: `${ref.schema}.${ref.name}`, message: 'the base type refers to an enum that does not exist' });
      return [];
    }
    const names = takenIn(ref.schema);
    const checks = d.checks.map((c) => ({ id: c.id, expression: c.expression, name: c.name ?? defaultDomainCheckName(d.name, names) }));
    return [{ id: d.id, ref, baseType, baseTypeKey: JSON.stringify(d.baseType), notNull: d.notNull, default: d.default, checks, comment: d.comment }];
  });

  const context: TableContext = { doc, version, lookup, refOf, takenIn, errors };
  const tables: TableDef[] = doc.tables.map((t) => resolveTable(t, context));
  const foreignKeys = resolveForeignKeys(doc, tables, takenIn, errors);
  const sequences = resolveSequences(doc, tables, refOf, errors);
  const extensions = resolveExtensions(doc, schemaName);
  const schemas = doc.schemas.map((s) => ({ id: s.id, name: s.name, comment: s.comment }));
  return { model: { postgresVersion: version, schemas, extensions, enums, domains, sequences, tables, foreignKeys }, errors };
}

/** PostgreSQL names an unnamed domain CHECK `<domain>_check`. */
const defaultDomainCheckName = (domain: string, taken: Set<string>) => chooseName(domain, null, 'check', taken);

/** Explicit extensions in document order, then those the column types imply, by name. */
function resolveExtensions(doc: DiagramDocument, schemaName: Map<string, string>): ExtensionDef[] {
  const result: ExtensionDef[] = doc.extensions.map((e) => ({ name: e.name, schema: e.schemaId ? schemaName.get(e.schemaId) ?? null : null }));
  const have = new Set(result.map((e) => e.name));
  const implied = new Set<string>();
  const types = [...doc.domains.map((d) => d.baseType), ...doc.tables.flatMap((t: Table) => t.columns.map((c) => c.type))];
  for (const type of types) {
    const name = extensionOfType(type);
    if (name && !have.has(name)) implied.add(name);
  }
  for (const name of [...implied].sort()) result.push({ name, schema: null });
  return result;
}

function resolveForeignKeys(
  doc: DiagramDocument,
  tables: readonly TableDef[],
  takenIn: (schema: string) => Set<string>,
  errors: DdlError[],
): ForeignKeyDef[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  return doc.relationships.flatMap((rel): ForeignKeyDef[] => {
    const from = byId.get(rel.fromTableId);
    const to = byId.get(rel.toTableId);
    const columnName = (table: TableDef | undefined, id: string) => table?.columns.find((c) => c.id === id)?.name;
    const columns = rel.fromColumnIds.map((id) => columnName(from, id));
    const referenced = rel.toColumnIds.map((id) => columnName(to, id));
    if (!from || !to || columns.includes(undefined) || referenced.includes(undefined)) {
      errors.push({ kind: 'broken_reference', object: `relationship ${rel.id}`, message: 'the foreign key refers to a table or column that does not exist' });
      return [];
    }
    const fromColumns = columns as string[];
    const name = rel.name ?? defaultForeignKeyName(from.ref.name, fromColumns, takenIn(from.ref.schema));
    // PostgreSQL: constraints on permanent tables may reference only permanent tables.
    if (!from.unlogged && to.unlogged) {
      errors.push({
        kind: 'invalid_foreign_key', object: `${from.ref.schema}.${from.ref.name}`, constraint: name,
        message: `the foreign key "${name}" references the unlogged table ${to.ref.schema}.${to.ref.name}; a logged table can only reference logged tables (make both unlogged or both logged)`,
      });
    }
    return [{
      id: rel.id, name, table: from.ref, tableId: from.id, columns: fromColumns, columnIds: rel.fromColumnIds,
      references: to.ref, referencesId: to.id, referencedColumns: referenced as string[], referencedColumnIds: rel.toColumnIds,
      onDelete: rel.onDelete, onUpdate: rel.onUpdate, deferrable: rel.deferrable, matchFull: rel.matchFull,
    }];
  });
}
