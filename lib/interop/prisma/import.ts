import type { ColumnType } from '../../model/column-type';
import type { DiagramDocument } from '../../model/document';
import { newId } from '../../model/ids';
import type { ReferentialAction } from '../../model/relationship';
import type { Column, IndexKey, IndexMethod } from '../../model/table-parts';
import type { Table } from '../../model/table';
import { err, ok, type Result } from '../../result';
import { DocumentDraft, newColumn } from '../shared/draft';
import { Counter, type TextImportError, type TextImportReport } from '../shared/report';
import { typeFromSpelling } from '../shared/type-spelling';
import { argument, attribute, parsePrismaSchema, stringValue, type PrismaBlock, type PrismaField, type PrismaValue } from './parse';
import { importScalar, isPrismaScalar } from './types';

const ACTIONS: Record<string, ReferentialAction> = {
  Cascade: 'CASCADE', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetNull: 'SET NULL', SetDefault: 'SET DEFAULT',
};
const METHODS: Record<string, IndexMethod> = { BTree: 'btree', Hash: 'hash', Gist: 'gist', Gin: 'gin', SpGist: 'spgist', Brin: 'brin' };

export interface PrismaImport { document: DiagramDocument; report: TextImportReport }

interface ModelInfo { block: PrismaBlock; table: Table; columns: Map<string, Column> }

/**
 * Reads a Prisma schema into a diagram: models are tables (named by `@@map`),
 * scalar fields are columns (named by `@map`, typed by `@db.*` or Prisma's
 * defaults), `@id`/`@@id`, `@unique`/`@@unique`, `@@index`, defaults,
 * `@relation` foreign keys with Prisma's default actions, enums, `@@schema`
 * and `///` comments. What the database would not hold (client-side
 * defaults such as `cuid()`, `@updatedAt`, ignored models, views) is reported.
 */
export function importPrisma(source: string, options: { name?: string; postgresVersion?: number } = {}): Result<PrismaImport, TextImportError> {
  const parsed = parsePrismaSchema(source);
  if (!parsed.ok) return err({ kind: 'parse_error', ...parsed.error });
  const blocks = parsed.value;
  const draft = new DocumentDraft(options.name ?? 'Imported Prisma schema');
  const report = new Counter();
  const schemaOf = (block: PrismaBlock) => stringValue(argument(attribute(block.attributes, 'schema'), 'name', 0)) ?? 'public';
  const dbName = (attrs: PrismaBlock['attributes'], fallback: string) => stringValue(argument(attribute(attrs, 'map'), 'name', 0)) ?? fallback;

  const datasource = blocks.find((b) => b.kind === 'datasource');
  const provider = datasource?.assignments.get('provider');
  if (provider && !(provider.kind === 'string' && ['postgresql', 'postgres'].includes(provider.value))) {
    report.warn(datasource!.line, `the datasource provider is ${provider.kind === 'string' ? provider.value : 'not a string'}; types are read as PostgreSQL`);
  }

  const enums = new Map<string, { id: string; values: Map<string, string> }>();
  for (const block of blocks.filter((b) => b.kind === 'enum')) {
    const values = new Map(block.fields.map((f) => [f.name, stringValue(argument(attribute(f.attributes, 'map'), 'name', 0)) ?? f.name]));
    const created = draft.addEnum(schemaOf(block), dbName(block.attributes, block.name), [...values.values()], block.doc);
    enums.set(block.name, { id: created.id, values });
    report.add('enum');
  }

  const models = new Map<string, ModelInfo>();
  for (const block of blocks) {
    if (block.kind === 'model') models.set(block.name, readModel(block));
    else if (block.kind === 'view' || block.kind === 'type') report.skip(block.kind, block.line, `${block.kind} ${block.name} is not a table; left out`);
  }
  for (const info of models.values()) readKeysAndIndexes(info);
  for (const info of models.values()) for (const field of info.block.fields) readRelation(info, field);

  const document = draft.finish(options.postgresVersion);
  return document.ok ? ok({ document: document.value, report: report.build() }) : document;

  function readModel(block: PrismaBlock): ModelInfo {
    const table = draft.addTable(schemaOf(block), dbName(block.attributes, block.name));
    table.comment = block.doc;
    const columns = new Map<string, Column>();
    report.add('model');
    // @@ignore hides a table from Prisma Client; the table is still in the database.
    if (attribute(block.attributes, 'ignore')) report.warn(block.line, `model ${block.name} is @@ignore'd by Prisma Client; imported as a table`);
    for (const field of block.fields) {
      if (!field.unsupported && !isPrismaScalar(field.type) && !enums.has(field.type)) continue; // a relation field
      const column = newColumn(dbName(field.attributes, field.name), fieldType(field));
      column.nullable = field.optional || field.list;
      column.comment = field.doc;
      readDefault(block, field, column);
      if (attribute(field.attributes, 'updatedAt')) report.warn(field.line, `${block.name}.${field.name}: @updatedAt is set by Prisma Client, not the database; the column has no default`);
      table.columns.push(column);
      columns.set(field.name, column);
    }
    return { block, table, columns };
  }

  function fieldType(field: PrismaField): ColumnType {
    const line = field.line;
    const text: ColumnType = { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 };
    let type: ColumnType | null;
    if (field.unsupported) {
      type = typeFromSpelling(field.type, () => undefined);
      if (!type) report.warn(line, `field ${field.name}: Unsupported("${field.type}") cannot be kept as written; using text`);
    } else if (enums.has(field.type)) {
      type = { kind: 'enum' as const, enumId: enums.get(field.type)!.id, arrayDims: 0 };
    } else {
      const nativeAttr = field.attributes.find((a) => a.name.startsWith('db.'));
      const native = nativeAttr ? { name: nativeAttr.name.slice(3), args: nativeAttr.args.map((a) => Number(a.value.kind === 'number' ? a.value.value : NaN)) } : null;
      type = native && native.args.some(Number.isNaN) ? null : importScalar(field.type, native);
      if (!type) report.warn(line, `field ${field.name}: ${field.type} ${nativeAttr ? `@${nativeAttr.name}` : ''} is not a PostgreSQL type Tablecraft knows; using text`);
    }
    const resolved = type ?? text;
    return field.list && resolved.kind !== 'custom' ? { ...resolved, arrayDims: 1 } : resolved;
  }

  function readDefault(block: PrismaBlock, field: PrismaField, column: Column) {
    const value = argument(attribute(field.attributes, 'default'), 'value', 0);
    if (!value) return;
    const where = `${block.name}.${field.name}`;
    if (value.kind === 'call') {
      const fn = value.name;
      if (fn === 'autoincrement' || fn === 'sequence') {
        if (column.type.kind === 'base' && ['smallint', 'integer', 'bigint'].includes(column.type.name)) {
          column.identity = 'by_default';
          column.nullable = false;
        } else report.warn(field.line, `${where}: @default(${fn}()) needs an integer column; left out`);
      } else if (fn === 'now') column.default = 'now()';
      else if (fn === 'uuid' || fn === 'uuidv4') column.default = 'gen_random_uuid()';
      else if (fn === 'dbgenerated') {
        const expression = stringValue(argument({ name: fn, args: value.args, line: field.line }, 'value', 0));
        if (expression) column.default = expression;
        else report.warn(field.line, `${where}: dbgenerated() without an expression has no database default`);
      } else report.warn(field.line, `${where}: @default(${fn}()) is generated by Prisma Client, not the database; the column has no default`);
      return;
    }
    const literal = defaultLiteral(value, field);
    if (literal === null) report.warn(field.line, `${where}: this @default cannot be written as SQL; left out`);
    else column.default = literal;
  }

  function defaultLiteral(value: PrismaValue, field: PrismaField): string | null {
    if (value.kind === 'string') return `'${value.value.replace(/'/g, "''")}'`;
    if (value.kind === 'number') return value.value;
    if (value.kind === 'name' && (value.value === 'true' || value.value === 'false')) return value.value;
    if (value.kind === 'name' && enums.has(field.type)) {
      const label = enums.get(field.type)!.values.get(value.value);
      return label === undefined ? null : `'${label.replace(/'/g, "''")}'`;
    }
    if (value.kind === 'array' && value.items.length === 0) return "'{}'";
    return null;
  }

  function columnIds(info: ModelInfo, value: PrismaValue | undefined, line: number): { ids: string[]; keys: IndexKey[] } | null {
    if (value?.kind !== 'array') return null;
    const ids: string[] = [];
    const keys: IndexKey[] = [];
    for (const item of value.items) {
      const name = item.kind === 'name' ? item.value : item.kind === 'call' ? item.name : null;
      const column = name === null ? undefined : info.columns.get(name);
      if (!column) {
        report.warn(line, `${info.block.name}: "${name ?? '?'}" is not a scalar field of the model`);
        return null;
      }
      ids.push(column.id);
      const call = item.kind === 'call' ? { name: 'key', args: item.args, line } : undefined;
      const sort = argument(call, 'sort');
      const ops = argument(call, 'ops');
      keys.push({
        columnId: column.id, expression: null, order: sort?.kind === 'name' ? (sort.value === 'Desc' ? 'desc' : 'asc') : null, nulls: null,
        opclass: ops?.kind === 'call' && ops.name === 'raw' ? stringValue(ops.args[0]?.value) ?? null : ops?.kind === 'name' ? opsName(ops.value) : null,
        collation: null,
      });
    }
    return { ids, keys };
  }

  function readKeysAndIndexes(info: ModelInfo) {
    const { block, table } = info;
    for (const field of block.fields) {
      const column = info.columns.get(field.name);
      if (!column) continue;
      const id = attribute(field.attributes, 'id');
      if (id) {
        table.primaryKey = { name: stringValue(argument(id, 'map')) ?? null, columnIds: [column.id] };
        column.nullable = false;
      }
      const unique = attribute(field.attributes, 'unique');
      if (unique) table.uniques.push({ id: newId('uq'), name: stringValue(argument(unique, 'map')) ?? null, columnIds: [column.id], nullsNotDistinct: false });
    }
    for (const attr of block.attributes) {
      if (attr.name !== 'id' && attr.name !== 'unique' && attr.name !== 'index') continue;
      const read = columnIds(info, argument(attr, 'fields', 0), attr.line);
      if (!read) {
        report.skip(attr.name === 'index' ? 'index' : attr.name === 'id' ? 'primary key' : 'unique', attr.line, `@@${attr.name} on ${block.name} could not be read; left out`);
        continue;
      }
      const name = stringValue(argument(attr, 'map')) ?? null;
      if (attr.name === 'id') {
        table.primaryKey = { name, columnIds: read.ids };
        for (const c of table.columns) if (read.ids.includes(c.id)) c.nullable = false;
      } else if (attr.name === 'unique') {
        table.uniques.push({ id: newId('uq'), name, columnIds: read.ids, nullsNotDistinct: false });
      } else {
        const type = argument(attr, 'type');
        const method = type?.kind === 'name' ? METHODS[type.value] : 'btree';
        if (!method) report.warn(attr.line, `@@index type ${type?.kind === 'name' ? type.value : '?'} is unknown; using btree`);
        const columns = read.ids.map((cid) => table.columns.find((c) => c.id === cid)!.name);
        table.indexes.push({
          id: newId('idx'), name: name ?? `${table.name}_${columns.join('_')}_idx`.slice(0, 63), method: method ?? 'btree', unique: false,
          nullsNotDistinct: false, keys: read.keys, include: [], where: null, with: {}, comment: '',
        });
        report.add('index');
      }
    }
  }

  function readRelation(info: ModelInfo, field: PrismaField) {
    const relation = attribute(field.attributes, 'relation');
    const target = models.get(field.type);
    if (!relation || !target) return;
    const fields = argument(relation, 'fields');
    const references = argument(relation, 'references');
    if (!fields && !references) return; // the other side of a relation
    const from = columnIds(info, fields, relation.line);
    const to = columnIds(target, references, relation.line);
    if (!from || !to || from.ids.length !== to.ids.length) {
      report.skip('relation', relation.line, `relation ${info.block.name}.${field.name} pairs fields that do not match; left out`);
      return;
    }
    const action = (name: string, fallback: ReferentialAction) => {
      const value = argument(relation, name);
      return value?.kind === 'name' ? ACTIONS[value.value] ?? fallback : fallback;
    };
    // Prisma's defaults: SetNull for an optional relation, Restrict for a required one; Cascade on update.
    const optional = from.ids.some((id) => info.table.columns.find((c) => c.id === id)!.nullable);
    const unique = [info.table.primaryKey?.columnIds ?? [], ...info.table.uniques.map((u) => u.columnIds)]
      .some((ids) => ids.length === from.ids.length && ids.every((id) => from.ids.includes(id)));
    draft.relationships.push({
      id: newId('rel'), name: stringValue(argument(relation, 'map')) ?? null, fromTableId: info.table.id, fromColumnIds: from.ids,
      toTableId: target.table.id, toColumnIds: to.ids, cardinality: unique ? '1:1' : '1:N',
      onDelete: action('onDelete', optional ? 'SET NULL' : 'RESTRICT'), onUpdate: action('onUpdate', 'CASCADE'),
      deferrable: 'not_deferrable', matchFull: false,
    });
    report.add('relation');
  }
}

/** Prisma's operator class names (`JsonbPathOps`) as PostgreSQL's (`jsonb_path_ops`). */
function opsName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
