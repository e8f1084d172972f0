import type { ColumnType } from '../../model/column-type';
import type { DiagramDocument } from '../../model/document';
import type { Relationship } from '../../model/relationship';
import type { Column } from '../../model/table-parts';
import type { Table } from '../../model/table';
import { designLosses } from '../shared/metadata-losses';
import { DocNames } from '../shared/names';
import type { ExportResult, Loss } from '../shared/report';
import { flattenDomain, spellType } from '../shared/type-spelling';
import { camelCase, enumValueName, NameScope, pascalCase, pluralize, prismaString } from './naming';
import { exportBase } from './types';

const ACTIONS: Record<string, string> = { 'NO ACTION': 'NoAction', RESTRICT: 'Restrict', CASCADE: 'Cascade', 'SET NULL': 'SetNull', 'SET DEFAULT': 'SetDefault' };
const METHODS: Record<string, string> = { btree: 'BTree', hash: 'Hash', gist: 'Gist', gin: 'Gin', spgist: 'SpGist', brin: 'Brin' };

interface ModelPlan { table: Table; name: string; fields: NameScope; fieldOf: Map<string, string>; lines: string[]; ignored: boolean }

/**
 * Writes a document as a Prisma schema for PostgreSQL: one model per table
 * with `@@map` to its exact name, fields with `@map` and `@db.*` native types,
 * relation fields on both sides (named after the key, with relation names
 * where two relations join the same models), enums, keys, indexes and
 * `@@schema` when more than `public` is used. Deterministic; every feature
 * Prisma cannot express is returned as a loss.
 */
export function exportPrisma(doc: DiagramDocument): ExportResult {
  const names = new DocNames(doc);
  const losses: Loss[] = [...designLosses(doc, 'Prisma')];
  const lose = (subject: string, aspect: Loss['aspect'], message: string) => losses.push({ subject, aspect, message });
  const usedSchemas = [...new Set([...doc.tables.map((t) => t.schemaId), ...doc.enums.map((e) => e.schemaId)].map((id) => names.schema(id)))].sort();
  const multiSchema = usedSchemas.some((s) => s !== 'public');
  const topLevel = new NameScope();

  const enumNames = new Map<string, string>();
  const enumValues = new Map<string, Map<string, string>>();
  for (const e of doc.enums) enumNames.set(e.id, topLevel.take(pascalCase(e.name)));
  const models = new Map<string, ModelPlan>();
  for (const table of doc.tables) {
    const ignored = table.primaryKey === null && table.uniques.length === 0;
    models.set(table.id, { table, name: topLevel.take(pascalCase(table.name)), fields: new NameScope(), fieldOf: new Map(), lines: [], ignored });
  }
  for (const plan of models.values()) for (const c of plan.table.columns) plan.fieldOf.set(c.id, plan.fields.take(camelCase(c.name)));

  const out = ['generator client {', '  provider = "prisma-client"', '  output   = "./generated/prisma"', '}', '', 'datasource db {', '  provider = "postgresql"'];
  if (multiSchema) out.push(`  schemas  = [${usedSchemas.map(prismaString).join(', ')}]`);
  out.push('}', '');

  for (const e of doc.enums) {
    const scope = new NameScope();
    const values = new Map<string, string>();
    out.push(...docComment(e.comment, ''), `enum ${enumNames.get(e.id)} {`);
    for (const v of e.values) {
      const name = scope.take(enumValueName(v.name));
      values.set(v.name, name);
      out.push(`  ${name}${name === v.name ? '' : ` @map(${prismaString(v.name)})`}`);
    }
    enumValues.set(e.id, values);
    out.push('', `  @@map(${prismaString(e.name)})`, ...(multiSchema ? [`  @@schema(${prismaString(names.schema(e.schemaId))})`] : []), '}', '');
  }

  for (const plan of models.values()) writeColumns(plan);
  for (const rel of doc.relationships) writeRelation(rel);
  for (const plan of models.values()) out.push(...finishModel(plan), '');
  return { text: `${out.join('\n').trimEnd()}\n`, losses };

  function writeColumns(plan: ModelPlan) {
    const { table } = plan;
    const pk = table.primaryKey;
    for (const column of table.columns) {
      const subject = names.subject(table, column.name);
      const attrs: string[] = [];
      if (pk && pk.columnIds.length === 1 && pk.columnIds[0] === column.id) attrs.push(`@id${pk.name ? `(map: ${prismaString(pk.name)})` : ''}`);
      const single = table.uniques.find((u) => u.columnIds.length === 1 && u.columnIds[0] === column.id);
      if (single) attrs.push(`@unique${single.name ? `(map: ${prismaString(single.name)})` : ''}`);
      if (column.type.kind === 'domain') lose(subject, 'domain', 'Prisma has no domains; written with the base type of its domain');
      const type = fieldType(flattenDomain(column.type, doc), column, subject);
      const defaultAttr = defaultAttribute(column, type, subject);
      if (defaultAttr) attrs.push(defaultAttr);
      const field = plan.fieldOf.get(column.id)!;
      if (field !== column.name) attrs.push(`@map(${prismaString(column.name)})`);
      if (type.native) attrs.push(type.native);
      if (column.generated) lose(subject, 'generated', `Prisma has no generated columns; GENERATED ALWAYS AS (${column.generated.expression}) is left out`);
      if (column.collation) lose(subject, 'collation', `Prisma has no collations; COLLATE ${column.collation} is left out`);
      plan.lines.push(...docComment(column.comment, '  '), `  ${field} ${type.text}${attrs.length > 0 ? ` ${attrs.join(' ')}` : ''}`);
    }
  }

  function fieldType(type: ColumnType, column: Column, subject: string): { text: string; native: string | null; scalar: string | null } {
    const optional = column.nullable ? '?' : '';
    const unsupported = (sql: string) => ({ text: `Unsupported(${prismaString(sql)})${optional}`, native: null, scalar: null });
    const list = (scalar: string) => {
      if (!column.nullable) lose(subject, 'nullable', 'Prisma lists are nullable columns; NOT NULL is left out');
      return `${scalar}[]`;
    };
    if (type.kind === 'enum') {
      const name = enumNames.get(type.enumId)!;
      if (type.arrayDims > 1) return unsupported(spellType(type, (_k, id) => names.enumName(id)?.name ?? id));
      return { text: type.arrayDims === 1 ? list(name) : `${name}${optional}`, native: null, scalar: name };
    }
    if (type.kind !== 'base' || type.arrayDims > 1) return unsupported(spellType(type, (_k, id) => id));
    const spelled = exportBase({ ...type, arrayDims: 0 });
    if (!spelled?.scalar) return unsupported(spellType(type, (_k, id) => id));
    return { text: type.arrayDims === 1 ? list(spelled.scalar) : `${spelled.scalar}${optional}`, native: spelled.native, scalar: spelled.scalar };
  }

  function defaultAttribute(column: Column, type: { scalar: string | null }, subject: string): string | null {
    if (column.identity) {
      if (type.scalar === 'Int' || type.scalar === 'BigInt') {
        if (column.identity === 'always') lose(subject, 'identity_kind', 'GENERATED ALWAYS AS IDENTITY becomes @default(autoincrement()), which reads back as BY DEFAULT');
        return '@default(autoincrement())';
      }
      lose(subject, 'identity_kind', 'an identity on a type Prisma cannot autoincrement is left out');
      return null;
    }
    const sql = column.default?.trim();
    if (!sql) return null;
    if (sql === 'now()' && type.scalar === 'DateTime') return '@default(now())';
    const text = /^'((?:[^']|'')*)'$/.exec(sql);
    if (text && type.scalar === 'String') return `@default(${prismaString(text[1]!.replace(/''/g, "'"))})`;
    if (text && column.type.kind === 'enum') {
      const value = enumValues.get(column.type.enumId)?.get(text[1]!.replace(/''/g, "'"));
      if (value) return `@default(${value})`;
    }
    if (/^-?\d+$/.test(sql) && ['Int', 'BigInt', 'Float', 'Decimal'].includes(type.scalar ?? '')) return `@default(${sql})`;
    if (/^(true|false)$/.test(sql) && type.scalar === 'Boolean') return `@default(${sql})`;
    return `@default(dbgenerated(${prismaString(sql)}))`;
  }

  function writeRelation(rel: Relationship) {
    const child = models.get(rel.fromTableId);
    const parent = models.get(rel.toTableId);
    if (!child || !parent) return;
    const subject = rel.name ? `${names.schema(child.table.schemaId)}.${rel.name}` : names.subject(child.table, names.columns(child.table, rel.fromColumnIds).join('_'));
    if (child.ignored || parent.ignored) {
      lose(subject, 'foreign_key', 'one of its tables has no key, so Prisma ignores it (@@ignore) and cannot hold the relation');
      return;
    }
    const between = doc.relationships.filter((r) => (r.fromTableId === rel.fromTableId && r.toTableId === rel.toTableId) || (r.fromTableId === rel.toTableId && r.toTableId === rel.fromTableId));
    const fromCols = names.columns(child.table, rel.fromColumnIds);
    const relationName = between.length > 1 || rel.fromTableId === rel.toTableId ? `${child.table.name}_${fromCols.join('_')}` : null;
    const base = fromCols.length === 1 && /_id$/i.test(fromCols[0]!) ? camelCase(fromCols[0]!.replace(/_id$/i, '')) : camelCase(parent.name);
    const childField = child.fields.take(child.fieldOf.has(base) || [...child.fieldOf.values()].includes(base) ? `${base}Ref` : base);
    const unique = [child.table.primaryKey?.columnIds ?? [], ...child.table.uniques.map((u) => u.columnIds)]
      .some((ids) => ids.length === rel.fromColumnIds.length && ids.every((id) => rel.fromColumnIds.includes(id)));
    if ((unique ? '1:1' : '1:N') !== rel.cardinality) lose(subject, 'foreign_key', `Prisma derives the cardinality from the keys: ${rel.cardinality} becomes ${unique ? '1:1' : '1:N'}`);
    const backBase = unique ? camelCase(child.name) : /s$/i.test(child.table.name) ? camelCase(child.table.name) : pluralize(camelCase(child.name));
    const parentField = parent.fields.take(relationName ? `${backBase}${pascalCase(childField)}` : backBase);
    const optional = rel.fromColumnIds.some((id) => child.table.columns.find((c) => c.id === id)?.nullable) ? '?' : '';
    const args = [
      ...(relationName ? [prismaString(relationName)] : []),
      `fields: [${rel.fromColumnIds.map((id) => child.fieldOf.get(id)).join(', ')}]`,
      `references: [${rel.toColumnIds.map((id) => parent.fieldOf.get(id)).join(', ')}]`,
      `onDelete: ${ACTIONS[rel.onDelete]}`, `onUpdate: ${ACTIONS[rel.onUpdate]}`,
      ...(rel.name ? [`map: ${prismaString(rel.name)}`] : []),
    ];
    child.lines.push(`  ${childField} ${parent.name}${optional} @relation(${args.join(', ')})`);
    parent.lines.push(`  ${parentField} ${child.name}${unique ? '?' : '[]'}${relationName ? ` @relation(${prismaString(relationName)})` : ''}`);
    if (rel.deferrable !== 'not_deferrable') lose(subject, 'fk_deferrable', 'Prisma has no DEFERRABLE foreign keys');
    if (rel.matchFull) lose(subject, 'fk_match_full', 'Prisma has no MATCH FULL');
  }

  function finishModel(plan: ModelPlan): string[] {
    const { table } = plan;
    const field = (id: string) => plan.fieldOf.get(id)!;
    const block: string[] = [];
    const pk = table.primaryKey;
    if (pk && pk.columnIds.length > 1) block.push(`@@id([${pk.columnIds.map(field).join(', ')}]${pk.name ? `, map: ${prismaString(pk.name)}` : ''})`);
    for (const u of table.uniques.filter((x) => x.columnIds.length > 1)) {
      block.push(`@@unique([${u.columnIds.map(field).join(', ')}]${u.name ? `, map: ${prismaString(u.name)}` : ''})`);
    }
    for (const u of table.uniques.filter((x) => x.nullsNotDistinct)) lose(names.subject(table, u.name ?? names.columns(table, u.columnIds).join('_')), 'unique_nulls_not_distinct', 'Prisma has no NULLS NOT DISTINCT');
    for (const index of table.indexes) {
      const subject = `${names.schema(table.schemaId)}.${index.name}`;
      const method = METHODS[index.method];
      const why = index.where !== null ? `it is partial (WHERE ${index.where})` : !method ? `Prisma has no ${index.method} indexes`
        : index.keys.some((k) => k.expression !== null) ? 'it has an expression key' : null;
      if (why) {
        lose(subject, 'index', `Prisma cannot express this index (${why}); left out`);
        continue;
      }
      const keys = index.keys.map((k) => {
        const args = [...(k.order === 'desc' ? ['sort: Desc'] : []), ...(k.opclass ? [`ops: raw(${prismaString(k.opclass)})`] : [])];
        if (k.nulls || k.collation || (k.order === 'asc')) lose(subject, 'index_key_options', 'Prisma index keys have no NULLS placement, collation or explicit ASC');
        return `${field(k.columnId!)}${args.length > 0 ? `(${args.join(', ')})` : ''}`;
      });
      if (index.include.length > 0) lose(subject, 'index_include', `Prisma has no INCLUDE; (${names.columns(table, index.include).join(', ')}) left out`);
      if (Object.keys(index.with).length > 0) lose(subject, 'index_with', 'Prisma has no index storage parameters');
      if (index.nullsNotDistinct) lose(subject, 'index_nulls_not_distinct', 'Prisma has no NULLS NOT DISTINCT');
      if (index.comment) lose(subject, 'comment', 'Prisma indexes have no comment');
      if (index.unique) {
        lose(subject, 'index', 'a unique index is written as @@unique, which reads back as a unique constraint');
        block.push(`@@unique([${keys.join(', ')}], map: ${prismaString(index.name)})`);
      } else {
        block.push(`@@index([${keys.join(', ')}], map: ${prismaString(index.name)}${index.method === 'btree' ? '' : `, type: ${method}`})`);
      }
    }
    for (const check of table.checks) lose(names.subject(table, check.name ?? check.expression), 'check', 'Prisma has no check constraints; left out');
    if (table.partitioning) lose(names.subject(table), 'partitioning', `Prisma has no partitioning; PARTITION BY ${table.partitioning.strategy.toUpperCase()} and its partitions are left out`);
    if (table.unlogged) lose(names.subject(table), 'unlogged', 'Prisma has no UNLOGGED tables');
    if (plan.ignored) {
      lose(names.subject(table), 'table', 'the table has no primary key or unique constraint, so the model is marked @@ignore');
      block.push('@@ignore');
    }
    block.push(`@@map(${prismaString(table.name)})`);
    if (multiSchema) block.push(`@@schema(${prismaString(names.schema(table.schemaId))})`);
    return [...docComment(table.comment, ''), `model ${plan.name} {`, ...plan.lines, '', ...block.map((l) => `  ${l}`), '}'];
  }
}

function docComment(text: string, indent: string): string[] {
  return text ? text.split('\n').map((line) => `${indent}/// ${line}`.trimEnd()) : [];
}
