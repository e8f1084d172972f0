import type { DiagramDocument } from '../../model/document';
import type { Relationship } from '../../model/relationship';
import type { Index } from '../../model/table-parts';
import type { Table } from '../../model/table';
import { designLosses } from '../shared/metadata-losses';
import { DocNames } from '../shared/names';
import type { ExportResult, Loss } from '../shared/report';
import { flattenDomain, spellType } from '../shared/type-spelling';
import { DBML_ACTIONS, dbmlDefault, dbmlExpression, dbmlName, dbmlString } from './syntax';

const METHODS_DBML_KNOWS = new Set(['btree', 'hash', 'gin', 'gist', 'spgist', 'brin', 'hnsw', 'ivfflat']);

/**
 * Writes a document as DBML, deterministically (the document's order, fixed
 * spacing). Conventions that keep the round trip exact: a unique constraint
 * is an Indexes entry without `type`, an index always states its `type`; keys
 * of an index that mixes columns and expressions are all written as
 * expressions, because DBML reorders expressions before columns. Everything
 * DBML cannot say is returned as a loss.
 */
export function exportDbml(doc: DiagramDocument): ExportResult {
  const names = new DocNames(doc);
  const losses: Loss[] = [...designLosses(doc, 'DBML')];
  const out: string[] = [];
  const qualified = (schemaId: string, name: string) => `${dbmlName(names.schema(schemaId))}.${dbmlName(name)}`;

  out.push(`Project ${dbmlName(doc.name)} {`, "  database_type: 'PostgreSQL'");
  if (doc.description) out.push(`  Note: ${dbmlString(doc.description)}`);
  out.push('}', '');

  for (const e of doc.enums) {
    out.push(`Enum ${qualified(e.schemaId, e.name)} {`, ...e.values.map((v) => `  ${dbmlName(v.name)}`), '}', '');
    if (e.comment) losses.push({ subject: `${names.schema(e.schemaId)}.${e.name}`, aspect: 'enum_comment', message: 'DBML enums have no note' });
  }
  const typeName = (kind: 'enum' | 'domain', id: string) => {
    const ref = kind === 'enum' ? names.enumName(id) : undefined;
    return ref ? `${ref.schema}.${ref.name}` : id;
  };
  for (const table of doc.tables) out.push(...tableBlock(table), '');

  for (const rel of doc.relationships) {
    const line = refLine(rel);
    if (line) out.push(line);
  }
  if (doc.relationships.length > 0) out.push('');

  doc.areas.forEach((area, i) => {
    const tables = area.tableIds.map((id) => names.table(id)).filter((t): t is Table => t !== undefined);
    out.push(`TableGroup ${dbmlName(area.name || `Area ${i + 1}`)} [color: ${area.color}] {`, ...tables.map((t) => `  ${qualified(t.schemaId, t.name)}`), '}', '');
  });
  return { text: `${out.join('\n').trimEnd()}\n`, losses };

  function tableBlock(table: Table): string[] {
    const subject = (part?: string) => names.subject(table, part);
    const lose = (aspect: Loss['aspect'], message: string, part?: string) => losses.push({ subject: subject(part), aspect, message });
    const pk = table.primaryKey;
    const inlinePk = pk && pk.columnIds.length === 1 && pk.name === null ? pk.columnIds[0] : null;
    const inlineUnique = new Set(table.uniques.filter((u) => u.columnIds.length === 1 && u.name === null && !u.nullsNotDistinct).map((u) => u.columnIds[0]!));
    const lines = [`Table ${qualified(table.schemaId, table.name)} {`];
    for (const column of table.columns) {
      const settings: string[] = [];
      if (column.id === inlinePk) settings.push('pk');
      if (column.identity) settings.push('increment');
      if (!column.nullable && column.id !== inlinePk) settings.push('not null');
      if (inlineUnique.has(column.id)) settings.push('unique');
      if (column.default !== null) {
        const value = dbmlDefault(column.default);
        if (value) settings.push(`default: ${value}`);
        else lose('default', `the default ${column.default} holds a backtick, which DBML cannot write`, column.name);
      }
      if (column.comment) settings.push(`note: ${dbmlString(column.comment)}`);
      if (column.identity === 'always') lose('identity_kind', 'GENERATED ALWAYS AS IDENTITY becomes DBML increment, which reads back as BY DEFAULT', column.name);
      if (column.generated) lose('generated', `DBML has no generated columns; GENERATED ALWAYS AS (${column.generated.expression}) is left out`, column.name);
      if (column.collation) lose('collation', `DBML has no collations; COLLATE ${column.collation} is left out`, column.name);
      if (column.type.kind === 'domain') lose('domain', 'written with the base type of its domain', column.name);
      const type = spellType(flattenDomain(column.type, doc), typeName);
      lines.push(`  ${dbmlName(column.name)} ${dbmlTypeName(type)}${settings.length > 0 ? ` [${settings.join(', ')}]` : ''}`);
    }
    const entries: string[] = [];
    if (pk && inlinePk === null) {
      entries.push(`(${names.columns(table, pk.columnIds).map(dbmlName).join(', ')}) [pk${pk.name ? `, name: ${dbmlString(pk.name)}` : ''}]`);
    }
    for (const u of table.uniques.filter((x) => !(x.columnIds.length === 1 && inlineUnique.has(x.columnIds[0]!) && x.name === null && !x.nullsNotDistinct))) {
      entries.push(`(${names.columns(table, u.columnIds).map(dbmlName).join(', ')}) [unique${u.name ? `, name: ${dbmlString(u.name)}` : ''}]`);
      if (u.nullsNotDistinct) lose('unique_nulls_not_distinct', 'DBML has no NULLS NOT DISTINCT', u.name ?? names.columns(table, u.columnIds).join('_'));
    }
    for (const index of table.indexes) {
      const entry = indexEntry(table, index);
      if (entry) entries.push(entry);
    }
    if (entries.length > 0) lines.push('', '  Indexes {', ...entries.map((e) => `    ${e}`), '  }');
    const checks = table.checks.flatMap((c) => {
      const expression = dbmlExpression(c.expression);
      if (!expression) lose('check', 'the expression holds a backtick, which DBML cannot write', c.name ?? c.expression);
      return expression ? [`${expression}${c.name ? ` [name: ${dbmlString(c.name)}]` : ''}`] : [];
    });
    if (checks.length > 0) lines.push('', '  Checks {', ...checks.map((c) => `    ${c}`), '  }');
    if (table.comment) lines.push('', `  Note: ${dbmlString(table.comment)}`);
    lines.push('}');
    if (table.partitioning) lose('partitioning', `DBML has no partitioning; PARTITION BY ${table.partitioning.strategy.toUpperCase()} and ${table.partitioning.partitions.length} partition(s) are left out`);
    if (table.unlogged) lose('unlogged', 'DBML has no UNLOGGED tables');
    if (pk?.name && inlinePk !== null) lose('primary_key_name', 'left out');
    return lines;
  }

  function indexEntry(table: Table, index: Index): string | null {
    const lose = (aspect: Loss['aspect'], message: string) => losses.push({ subject: `${names.schema(table.schemaId)}.${index.name}`, aspect, message });
    if (index.where !== null) {
      lose('index', `DBML has no partial indexes; the index (WHERE ${index.where}) is left out rather than written without its predicate`);
      return null;
    }
    const mixed = index.keys.some((k) => k.expression !== null) && index.keys.some((k) => k.columnId !== null);
    const keys: string[] = [];
    for (const key of index.keys) {
      if (key.order || key.nulls || key.opclass || key.collation) {
        lose('index_key_options', 'DBML index keys have no sort order, NULLS placement, operator class or collation');
      }
      if (key.columnId !== null) {
        const column = names.column(table, key.columnId);
        keys.push(mixed ? `\`${quoteSql(column)}\`` : dbmlName(column));
      } else {
        const expression = dbmlExpression(key.expression!);
        if (!expression) {
          lose('index', 'an expression key holds a backtick, which DBML cannot write; the index is left out');
          return null;
        }
        keys.push(expression);
      }
    }
    if (index.include.length > 0) lose('index_include', `DBML has no INCLUDE; (${names.columns(table, index.include).join(', ')}) left out`);
    if (Object.keys(index.with).length > 0) lose('index_with', `DBML has no index storage parameters; WITH (${Object.entries(index.with).map(([k, v]) => `${k}=${v}`).join(', ')}) left out`);
    if (index.nullsNotDistinct) lose('index_nulls_not_distinct', 'DBML has no NULLS NOT DISTINCT');
    if (!METHODS_DBML_KNOWS.has(index.method)) lose('index_method', `method ${index.method} is not written`);
    const settings = [`type: ${index.method}`, ...(index.unique ? ['unique'] : []), `name: ${dbmlString(index.name)}`];
    if (index.comment) settings.push(`note: ${dbmlString(index.comment)}`);
    return `(${keys.join(', ')}) [${settings.join(', ')}]`;
  }

  function refLine(rel: Relationship): string | null {
    const from = names.table(rel.fromTableId);
    const to = names.table(rel.toTableId);
    if (!from || !to) return null;
    const subject = rel.name ? `${names.schema(from.schemaId)}.${rel.name}` : names.subject(from, names.columns(from, rel.fromColumnIds).join('_'));
    const end = (t: Table, ids: readonly string[]) => {
      const cols = names.columns(t, ids).map(dbmlName);
      return `${qualified(t.schemaId, t.name)}.${cols.length === 1 ? cols[0] : `(${cols.join(', ')})`}`;
    };
    // DBML puts the foreign key of a one-to-one on the right-hand table, of a many-to-one on the many side.
    const body = rel.cardinality === '1:1' ? `${end(to, rel.toColumnIds)} - ${end(from, rel.fromColumnIds)}` : `${end(from, rel.fromColumnIds)} > ${end(to, rel.toColumnIds)}`;
    const settings = [`delete: ${DBML_ACTIONS[rel.onDelete]}`, `update: ${DBML_ACTIONS[rel.onUpdate]}`];
    if (rel.deferrable !== 'not_deferrable') losses.push({ subject, aspect: 'fk_deferrable', message: 'DBML has no DEFERRABLE foreign keys' });
    if (rel.matchFull) losses.push({ subject, aspect: 'fk_match_full', message: 'DBML has no MATCH FULL' });
    return `Ref${rel.name ? ` ${dbmlName(rel.name)}` : ''}: ${body} [${settings.join(', ')}]`;
  }
}

/** Type names with spaces, brackets or odd characters are quoted; `varchar(255)` and `numeric(12,2)` stay bare. */
function dbmlTypeName(type: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*(\(\d+(,-?\d+)?\))?$/.test(type)) return type;
  const dotted = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(type);
  if (dotted) return `${dbmlName(dotted[1]!)}.${dbmlName(dotted[2]!)}`;
  return dbmlName(type);
}

function quoteSql(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
