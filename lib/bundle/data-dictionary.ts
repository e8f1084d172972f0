import type { SchemaModel, TableDef } from '../ddl/schema-model';
import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';

/**
 * docs/data-dictionary.md: what each table holds and why it is shaped so —
 * columns, keys, relationships, constraints, indexes, declared functional
 * dependencies, justified denormalizations (the document's exceptions), access
 * patterns and volumes, and partitioning with its pruning advice.
 */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export function dataDictionary(doc: DiagramDocument, model: SchemaModel): string {
  const lines = [`# Data dictionary: ${doc.name}`, ''];
  if (doc.description) lines.push(doc.description, '');
  lines.push(`Target: PostgreSQL ${model.postgresVersion}. ${model.tables.length} table(s), ${model.foreignKeys.length} relationship(s).`, '');
  if (model.extensions.length > 0) lines.push(`Extensions: ${model.extensions.map((e) => code(e.name)).join(', ')}.`, '');
  for (const e of model.enums) lines.push(`- Enum ${code(`${e.ref.schema}.${e.ref.name}`)}: ${e.values.map((v) => code(v.name)).join(', ')}${e.comment ? ` — ${e.comment}` : ''}`);
  for (const d of model.domains) lines.push(`- Domain ${code(`${d.ref.schema}.${d.ref.name}`)} over ${code(d.baseType)}${d.notNull ? ', NOT NULL' : ''}${d.checks.map((c) => `, CHECK (${c.expression})`).join('')}`);
  if (model.enums.length + model.domains.length > 0) lines.push('');
  for (const table of model.tables) lines.push(...tableSection(doc, model, table, doc.tables.find((t) => t.id === table.id)!));
  return `${lines.join('\n').trimEnd()}\n`;
}

function tableSection(doc: DiagramDocument, model: SchemaModel, table: TableDef, source: Table): string[] {
  const name = (id: string) => source.columns.find((c) => c.id === id)?.name ?? id;
  const lines = [`## ${table.ref.schema}.${table.ref.name}`, ''];
  if (table.comment) lines.push(table.comment, '');
  if (source.volume) lines.push(`Volume: about ${source.volume.rows.toLocaleString('en')} rows, growing ${source.volume.growthPerMonth.toLocaleString('en')} per month.`, '');
  lines.push('| column | type | null | default | comment |', '|---|---|---|---|---|');
  for (const c of table.columns) {
    const def = c.identity ? `identity (${c.identity.replace('_', ' ')})` : c.generated ? `generated: ${c.generated}` : c.default ?? '';
    const nullable = c.nullable && c.identity === null && !table.primaryKey?.columns.includes(c.name);
    lines.push(`| ${cell(c.name)} | ${cell(c.type)} | ${nullable ? 'yes' : 'no'} | ${cell(def)} | ${cell(c.comment)} |`);
  }
  lines.push('');
  if (table.primaryKey) lines.push(`- Primary key ${code(table.primaryKey.name)}: (${table.primaryKey.columns.join(', ')})`);
  for (const u of table.uniques) lines.push(`- Unique ${code(u.name)}: (${u.columns.join(', ')})${u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}`);
  for (const c of table.checks) lines.push(`- Check ${code(c.name)}: ${code(c.expression)}`);
  for (const fk of model.foreignKeys.filter((f) => f.tableId === table.id)) {
    lines.push(`- Foreign key ${code(fk.name)}: (${fk.columns.join(', ')}) → ${fk.references.schema}.${fk.references.name} (${fk.referencedColumns.join(', ')}), ON DELETE ${fk.onDelete}, ON UPDATE ${fk.onUpdate}`);
  }
  for (const fk of model.foreignKeys.filter((f) => f.referencesId === table.id)) {
    lines.push(`- Referenced by ${fk.table.schema}.${fk.table.name} (${fk.columns.join(', ')}) through ${code(fk.name)}`);
  }
  for (const i of table.indexes) {
    const keys = i.keys.map((k) => [k.column ?? `(${k.expression})`, k.opclass, k.order?.toUpperCase()].filter(Boolean).join(' ')).join(', ');
    const extra = [i.include.length ? `INCLUDE (${i.include.join(', ')})` : '', i.where ? `WHERE ${i.where}` : '', i.with.length ? `WITH (${i.with.map(([k, v]) => `${k}=${v}`).join(', ')})` : ''].filter(Boolean).join(' ');
    lines.push(`- Index ${code(i.name)}: ${i.unique ? 'unique ' : ''}${i.method} (${keys})${extra ? ` ${extra}` : ''}${i.comment ? ` — ${i.comment}` : ''}`);
  }
  if (table.partitionBy) {
    const keys = table.partitionBy.keys.map((k) => ('column' in k ? k.column : k.expression)).join(', ');
    lines.push(`- Partitioned by ${table.partitionBy.strategy.toUpperCase()} (${keys}), ${table.partitions.length} partition(s): ${table.partitions.map((p) => p.ref.name).join(', ')}`);
    lines.push(`  - Pruning: queries that filter on ${keys} with constants or parameters read only the matching partitions; queries without that filter scan every partition. Unique keys include ${keys} because uniqueness is enforced per partition.`);
  }
  for (const dep of source.dependencies) {
    lines.push(`- Functional dependency: (${dep.determinant.map(name).join(', ')}) → (${dep.dependent.map(name).join(', ')})${dep.note ? ` — ${dep.note}` : ''}`);
  }
  for (const c of source.columns.filter((x) => x.snapshotOf)) lines.push(`- Snapshot column ${code(c.name)}: ${c.snapshotOf!.note || 'a copy taken at a point in time'}`);
  for (const ex of doc.exceptions.filter((e) => e.subject.tableId === table.id)) {
    const cols = ex.subject.columnIds.map(name).join(', ');
    lines.push(`- Justified exception ${code(ex.code)}${cols ? ` on (${cols})` : ''}: ${ex.justification}${ex.evidence ? ' (evidence attached in the diagram)' : ''}`);
  }
  if (source.accessPatterns.length > 0) {
    lines.push('', 'Access patterns:', '');
    for (const p of source.accessPatterns) {
      const parts = [
        p.filters.length ? `filter ${p.filters.map((f) => `${name(f.columnId)} ${f.operator}${f.constant !== null ? ` ${f.constant}` : ''}`).join(', ')}` : '',
        p.orderBy.length ? `order by ${p.orderBy.map((o) => `${name(o.columnId)} ${o.direction}`).join(', ')}` : '',
        p.similarity ? `nearest ${p.similarity.k} by ${p.similarity.distance} on ${name(p.similarity.columnId)}` : '',
        p.limit ? `limit ${p.limit}` : '',
      ].filter(Boolean).join('; ');
      lines.push(`- ${p.name} (${p.operation}, ${p.frequency.count}/${p.frequency.per})${parts ? `: ${parts}` : ''}`);
    }
  }
  lines.push('');
  return lines;
}
