import type { DiagramDocument } from '../model/document';
import type { Relationship } from '../model/relationship';
import type { AccessPattern } from '../model/requirements';
import type { Column } from '../model/table-parts';
import type { Table } from '../model/table';
import type { AdvisorOptions } from './options';

/** Lookups built once per document so every rule runs in time linear in its table. */
export interface AdvisorContext {
  readonly doc: DiagramDocument;
  readonly options: AdvisorOptions;
  readonly tables: ReadonlyMap<string, Table>;
  /** Foreign keys by the table that holds them (the referencing side). */
  readonly outgoing: ReadonlyMap<string, Relationship[]>;
  /** Foreign keys by the table they point at. */
  readonly incoming: ReadonlyMap<string, Relationship[]>;
  /** Relation names per schema id (tables, partitions, indexes, constraint indexes), for choosing new index names. */
  readonly takenNames: Map<string, Set<string>>;
}

export function advisorContext(doc: DiagramDocument, options: AdvisorOptions): AdvisorContext {
  const outgoing = new Map<string, Relationship[]>();
  const incoming = new Map<string, Relationship[]>();
  for (const rel of doc.relationships) {
    push(outgoing, rel.fromTableId, rel);
    push(incoming, rel.toTableId, rel);
  }
  return { doc, options, tables: new Map(doc.tables.map((t) => [t.id, t])), outgoing, incoming, takenNames: takenNames(doc) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Names an index cannot take: PostgreSQL keeps tables, partitions and indexes in one namespace per schema. */
function takenNames(doc: DiagramDocument): Map<string, Set<string>> {
  const taken = new Map<string, Set<string>>();
  for (const table of doc.tables) {
    const names = taken.get(table.schemaId) ?? new Set<string>();
    taken.set(table.schemaId, names);
    names.add(table.name);
    names.add(table.primaryKey?.name ?? `${table.name}_pkey`);
    for (const u of table.uniques) names.add(u.name ?? `${table.name}_${columnNames(table, u.columnIds).join('_')}_key`);
    for (const i of table.indexes) names.add(i.name);
    for (const p of table.partitioning?.partitions ?? []) names.add(p.name);
  }
  return taken;
}

export function columnOf(table: Table, columnId: string): Column {
  const column = table.columns.find((c) => c.id === columnId);
  if (!column) throw new Error(`advisor: table "${table.name}" has no column "${columnId}"`);
  return column;
}

export function columnNames(table: Table, columnIds: readonly string[]): string[] {
  return columnIds.map((id) => table.columns.find((c) => c.id === id)?.name ?? id);
}

/** Patterns that read or change existing rows, i.e. the ones an index can serve. */
export function readingPatterns(table: Table): AccessPattern[] {
  return table.accessPatterns.filter((p) => p.operation !== 'insert');
}

const PER_SECOND = { second: 1, minute: 1 / 60, hour: 1 / 3600, day: 1 / 86_400 } as const;

export function perSecond(pattern: AccessPattern): number {
  return pattern.frequency.count * PER_SECOND[pattern.frequency.per];
}

/** `1,234,567` for messages (by hand: toLocaleString goes through ICU and is slow in a loop over 500 tables). */
export function fmt(n: number): string {
  const whole = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${whole}` : whole;
}

/** Like `fmt`, keeping up to two decimals for small rates (0.25/s). */
export const fmtRate = (n: number): string => (n >= 100 || Number.isInteger(n) ? fmt(n) : String(Math.round(n * 100) / 100));
