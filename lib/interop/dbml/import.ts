import { Parser } from '@dbml/core';
import type { ReferentialAction } from '../../model/relationship';
import type { IndexMethod } from '../../model/table-parts';
import type { Table } from '../../model/table';
import { newId } from '../../model/ids';
import { err, ok, type Result } from '../../result';
import { DocumentDraft, newColumn } from '../shared/draft';
import { Counter, type TextImportError, type TextImportReport } from '../shared/report';
import type { DiagramDocument } from '../../model/document';
import { typeFromSpelling } from '../shared/type-spelling';
import type { DbmlDatabase, DbmlIndex, DbmlRef, DbmlTable } from './dbml-model';

const ACTIONS: Record<string, ReferentialAction> = {
  'no action': 'NO ACTION', restrict: 'RESTRICT', cascade: 'CASCADE', 'set null': 'SET NULL', 'set default': 'SET DEFAULT',
};
const METHODS = new Set<string>(['btree', 'hash', 'gin', 'gist', 'spgist', 'brin', 'hnsw', 'ivfflat']);

export interface DbmlImport { document: DiagramDocument; report: TextImportReport }

/**
 * Reads DBML with @dbml/core into a diagram: tables, columns, keys, defaults,
 * identities (`increment`), notes as comments, indexes, checks, refs with
 * their cardinality and actions, enums, TableGroups as areas and schemas.
 * What has no place in the diagram (many-to-many refs, sticky notes) is
 * reported with its line.
 */
export function importDbml(source: string, options: { name?: string; postgresVersion?: number } = {}): Result<DbmlImport, TextImportError> {
  let db: DbmlDatabase;
  try {
    db = new Parser().parse(source, 'dbmlv2') as unknown as DbmlDatabase;
  } catch (error) {
    return err(parseError(error));
  }
  const draft = new DocumentDraft(options.name ?? db.name ?? 'Imported DBML');
  draft.description = db.note ?? '';
  const report = new Counter();
  const enumIds = new Map<string, string>();
  const findEnum = (name: string) => enumIds.get(name.includes('.') ? name : `public.${name}`);

  for (const schema of db.schemas) {
    draft.schemaId(schema.name);
    for (const e of schema.enums) {
      enumIds.set(`${schema.name}.${e.name}`, draft.addEnum(schema.name, e.name, e.values.map((v) => v.name)).id);
      report.add('enum');
    }
  }
  for (const schema of db.schemas) for (const t of schema.tables) readTable(schema.name, t);
  for (const schema of db.schemas) for (const ref of schema.refs) readRef(ref);
  for (const schema of db.schemas) {
    for (const group of schema.tableGroups) {
      const tableIds = group.tables.map((t) => draft.table(t.schema.name, t.name)?.id).filter((id): id is string => id !== undefined);
      const color = group.color && /^#[0-9a-fA-F]{6}$/.test(group.color) ? group.color : '#bfdbfe';
      draft.areas.push({ id: newId('area'), name: group.name.slice(0, 200), color, tableIds });
      report.add('table group');
    }
  }
  const document = draft.finish(options.postgresVersion);
  return document.ok ? ok({ document: document.value, report: report.build() }) : document;

  function readTable(schemaName: string, t: DbmlTable) {
    const table = draft.addTable(schemaName, t.name);
    table.comment = t.note ?? '';
    report.add('table');
    const pkColumns: string[] = [];
    for (const f of t.fields) {
      const spelling = f.type.schemaName && !f.type.type_name.startsWith(`${f.type.schemaName}.`) ? `${f.type.schemaName}.${f.type.type_name}` : f.type.type_name;
      let type = typeFromSpelling(spelling, findEnum);
      if (!type) {
        report.warn(f.token.start.line, `column ${t.name}.${f.name}: type "${spelling}" cannot be kept as written (ASCII type names only); using text`);
        type = { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 };
      }
      const column = newColumn(f.name, type);
      column.nullable = !(f.not_null || f.pk);
      column.comment = f.note ?? '';
      if (f.increment) {
        if (type.kind === 'base' && ['smallint', 'integer', 'bigint'].includes(type.name)) column.identity = 'by_default';
        else report.warn(f.token.start.line, `column ${t.name}.${f.name}: increment on type ${spelling} kept as a plain column (identity needs smallint, integer or bigint)`);
      }
      if (f.dbdefault) column.default = sqlDefault(f.dbdefault);
      table.columns.push(column);
      if (f.pk) pkColumns.push(column.id);
      if (f.unique) table.uniques.push({ id: newId('uq'), name: null, columnIds: [column.id], nullsNotDistinct: false });
    }
    if (pkColumns.length > 0) table.primaryKey = { name: null, columnIds: pkColumns };
    for (const index of t.indexes) readIndex(table, index);
    for (const check of t.checks ?? []) table.checks.push({ id: newId('chk'), name: check.name ?? null, expression: check.expression });
  }

  function readIndex(table: Table, index: DbmlIndex) {
    const line = index.token.start.line;
    const keys = index.columns.map((c) => {
      const columnName = c.type === 'expression' ? /^\s*(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_]*))\s*$/.exec(c.value) : null;
      const name = c.type === 'expression' ? (columnName ? (columnName[1]?.replace(/""/g, '"') ?? columnName[2]!) : null) : c.value;
      const column = name === null ? undefined : table.columns.find((x) => x.name === name);
      if (name !== null && !column) return null;
      return { columnId: column?.id ?? null, expression: column ? null : c.value, order: null, nulls: null, opclass: null, collation: null };
    });
    if (keys.some((k) => k === null)) {
      report.skip('index', line, `index on ${table.name} names a column the table does not have; left out`);
      return;
    }
    const columnIds = keys.map((k) => k!.columnId);
    const onlyColumns = columnIds.every((id): id is string => id !== null);
    if (index.pk) {
      if (!onlyColumns) return report.skip('index', line, `primary key of ${table.name} has an expression; left out`);
      table.primaryKey = { name: index.name ?? null, columnIds };
      for (const c of table.columns) if (columnIds.includes(c.id)) c.nullable = false;
      return report.add('primary key');
    }
    // Tablecraft writes every index with its type; a unique entry without one is a unique constraint.
    if (index.unique && !index.type && onlyColumns) {
      table.uniques.push({ id: newId('uq'), name: index.name ?? null, columnIds, nullsNotDistinct: false });
      return report.add('unique constraint');
    }
    const method = (index.type ?? 'btree').toLowerCase();
    if (!METHODS.has(method)) report.warn(line, `index on ${table.name}: method "${index.type}" is not one the diagram knows; using btree`);
    table.indexes.push({
      id: newId('idx'), name: index.name ?? defaultIndexName(table, keys.map((k) => (k!.columnId ? table.columns.find((c) => c.id === k!.columnId)!.name : 'expr'))),
      method: (METHODS.has(method) ? method : 'btree') as IndexMethod, unique: index.unique ?? false, nullsNotDistinct: false,
      keys: keys.map((k) => k!), include: [], where: null, with: {}, comment: index.note ?? '',
    });
    report.add('index');
  }

  function readRef(ref: DbmlRef) {
    const line = ref.token.start.line;
    const [left, right] = ref.endpoints;
    if (left.relation === '*' && right.relation === '*') {
      return report.skip('ref', line, `many-to-many ref ${left.tableName} <> ${right.tableName} has no foreign key; model it with a junction table`);
    }
    // many-to-one: the many side holds the key; one-to-one: DBML puts it on the right-hand table.
    const [child, parent] = left.relation === '*' ? [left, right] : right.relation === '*' ? [right, left] : [right, left];
    const from = draft.table(child.schemaName ?? 'public', child.tableName);
    const to = draft.table(parent.schemaName ?? 'public', parent.tableName);
    const ids = (t: Table | undefined, names: string[]) => names.map((n) => t?.columns.find((c) => c.name === n)?.id);
    const fromColumnIds = ids(from, child.fieldNames);
    const toColumnIds = ids(to, parent.fieldNames);
    if (!from || !to || [...fromColumnIds, ...toColumnIds].some((id) => id === undefined)) {
      return report.skip('ref', line, `ref ${child.tableName}(${child.fieldNames.join(', ')}) → ${parent.tableName}(${parent.fieldNames.join(', ')}) names a table or column that does not exist; left out`);
    }
    draft.relationships.push({
      id: newId('rel'), name: ref.name ?? null, fromTableId: from.id, fromColumnIds: fromColumnIds as string[], toTableId: to.id, toColumnIds: toColumnIds as string[],
      cardinality: left.relation === '1' && right.relation === '1' ? '1:1' : '1:N',
      onDelete: ACTIONS[ref.onDelete?.toLowerCase() ?? 'no action'] ?? 'NO ACTION', onUpdate: ACTIONS[ref.onUpdate?.toLowerCase() ?? 'no action'] ?? 'NO ACTION',
      deferrable: 'not_deferrable', matchFull: false,
    });
    report.add('ref');
  }
}

function sqlDefault(value: NonNullable<import('./dbml-model').DbmlField['dbdefault']>): string {
  if (value.type === 'string') return `'${String(value.value).replace(/'/g, "''")}'`;
  return String(value.value);
}

/** PostgreSQL's own default: table_col1_col2_idx (truncation aside). */
function defaultIndexName(table: Table, columns: string[]): string {
  return `${table.name}_${columns.join('_')}_idx`.slice(0, 63);
}

function parseError(error: unknown): TextImportError {
  const diag = (error as { diags?: { message: string; location?: { start?: { line: number; column: number } } }[] }).diags?.[0];
  if (diag) return { kind: 'parse_error', message: diag.message, line: diag.location?.start?.line ?? 1, column: diag.location?.start?.column ?? 1 };
  return { kind: 'parse_error', message: error instanceof Error ? error.message : String(error), line: 1, column: 1 };
}
