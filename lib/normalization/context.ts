import type { DiagramDocument, Relationship, Table } from '../model';
import { closureOf, type Closure } from './closure';
import { tableRelation, type TableRelation } from './table-dependencies';

/** What every rule about one table may look at; built once per table. */
export interface TableContext {
  readonly doc: DiagramDocument;
  readonly table: Table;
  readonly relation: TableRelation;
  /** Closure under the table's known dependencies (declared and key-implied). */
  readonly close: Closure;
  readonly tablesById: ReadonlyMap<string, Table>;
  /** Foreign keys of this table (this table is the referencing side). */
  readonly outgoing: readonly Relationship[];
}

/** Indexes shared by all tables of one document, so analyzing 300 tables stays linear. */
export interface DocumentIndex {
  readonly tablesById: ReadonlyMap<string, Table>;
  readonly outgoing: ReadonlyMap<string, Relationship[]>;
}

export function indexDocument(doc: DiagramDocument): DocumentIndex {
  const outgoing = new Map<string, Relationship[]>();
  for (const r of doc.relationships) {
    const list = outgoing.get(r.fromTableId);
    if (list) list.push(r);
    else outgoing.set(r.fromTableId, [r]);
  }
  return { tablesById: new Map(doc.tables.map((t) => [t.id, t])), outgoing };
}

export function tableContext(doc: DiagramDocument, table: Table, index: DocumentIndex): TableContext {
  const relation = tableRelation(table);
  return { doc, table, relation, close: closureOf(relation.fds), tablesById: index.tablesById, outgoing: index.outgoing.get(table.id) ?? [] };
}

/** A plural-ish table name for a new table: `zip` → `zips`, `department_id` → `departments`. */
export function tableNameFor(columnNames: readonly string[]): string {
  const base = columnNames.map((n) => n.replace(/_(id|uuid|key|code|no|number)$/i, '')).join('_') || 'values';
  if (/(s|x|ch|sh)$/i.test(base)) return `${base}es`;
  if (/[^aeiou]y$/i.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
