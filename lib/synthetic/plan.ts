import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';
import { qualified } from '../sql/quote';
import { isSerialType, resolveColumnType } from './column-kind';
import { planKeys } from './keys';
import { loadOrder } from './load-order';
import { SyntheticOptions, type SyntheticOptionsInput } from './options';
import { insertPlan, numberable, uniqueCapacity, type ColumnStrategy } from './table-plan';
import { partitionRange, timeWindow } from './windows';

export interface SyntheticTablePlan {
  readonly tableId: string;
  readonly name: string;
  /** `"schema"."table"`. */
  readonly qualifiedName: string;
  readonly declaredRows: number | null;
  /** Rows the statements insert (0 when the table is skipped). */
  readonly rows: number;
  /** Why the row count differs from declared × scale: caps, parents, unique capacity. */
  readonly notes: string[];
  readonly columns: ColumnStrategy[];
  readonly statements: { readonly sql: string; readonly rows: number }[];
  /** Set when the table cannot be filled; its statements are empty. */
  readonly skipped: string | null;
}

export interface SyntheticPlan {
  readonly options: SyntheticOptions;
  /** Parents before children: run the statements in this order. */
  readonly tables: SyntheticTablePlan[];
  readonly totalRows: number;
}

/**
 * Plans synthetic rows for every table of a diagram at its declared volume
 * (× scale, capped), as set-based `INSERT … SELECT … FROM generate_series`
 * statements that respect types, CHECK ranges, enums, nullability, unique
 * constraints and foreign keys (parents first, children drawing existing
 * parent keys with a Zipf-like skew). Pure: the same document and options give
 * the same statements, and the statements give the same rows.
 */
export function planSyntheticData(doc: DiagramDocument, input: SyntheticOptionsInput = {}): SyntheticPlan {
  const options = SyntheticOptions.parse(input);
  const now = options.now ? new Date(options.now) : startOfTodayUtc();
  const { tables, deferred } = loadOrder(doc);
  const planned = new Map<string, number>();
  const out: SyntheticTablePlan[] = [];
  for (const table of tables) {
    const plan = planTable(doc, table, options, now, deferred, planned);
    planned.set(table.id, plan.rows);
    out.push(plan);
  }
  return { options, tables: out, totalRows: out.reduce((n, t) => n + t.rows, 0) };
}

function planTable(
  doc: DiagramDocument, table: Table, options: SyntheticOptions, now: Date,
  deferred: ReadonlySet<string>, planned: ReadonlyMap<string, number>,
): SyntheticTablePlan {
  const schema = doc.schemas.find((s) => s.id === table.schemaId)!.name;
  const base = { tableId: table.id, name: table.name, qualifiedName: qualified(schema, table.name), declaredRows: table.volume?.rows ?? null };
  const skip = (reason: string, notes: string[] = []): SyntheticTablePlan => ({ ...base, rows: 0, notes, columns: [], statements: [], skipped: reason });
  const autoUnique = (id: string) => {
    const column = table.columns.find((c) => c.id === id)!;
    return column.identity !== null || isSerialType(resolveColumnType(doc, column).value);
  };
  const keys = planKeys(doc, table, deferred, (id) => numberable(doc, table.columns.find((c) => c.id === id)!), autoUnique);
  if (keys.problems.length > 0) return skip(keys.problems.join('; '));

  const notes: string[] = [];
  const declared = table.volume?.rows ?? options.undeclaredRows;
  if (table.volume === null) notes.push(`no volume declared: assumed ${options.undeclaredRows} rows`);
  let rows = declared === 0 ? 0 : Math.max(options.minRows, Math.round(declared * options.scale));
  const cap = (limit: number, why: string) => {
    if (rows > limit) {
      rows = Math.max(0, Math.floor(limit));
      notes.push(`capped at ${rows}: ${why}`);
    }
  };
  cap(options.maxRows, 'the per-table maximum');
  const hasVector = table.columns.some((c) => {
    const v = resolveColumnType(doc, c).value;
    return v.kind === 'base' && ['vector', 'halfvec', 'sparsevec'].includes(v.name);
  });
  if (hasVector) cap(options.maxVectorRows, 'the maximum for tables with vector columns');
  cap(uniqueCapacity(doc, table, keys), 'what its unique columns can hold');
  for (const rel of doc.relationships.filter((r) => r.fromTableId === table.id)) {
    const mode = keys.fkModes.get(rel.id);
    if (!mode || mode.kind === 'null') continue;
    const parent = doc.tables.find((t) => t.id === rel.toTableId)!;
    const parentRows = planned.get(parent.id) ?? 0;
    if (parentRows === 0) return skip(`its parent ${parent.name} has no rows`, notes);
    if (mode.kind === 'unique') cap(parentRows, `one row per ${parent.name} row (unique foreign key)`);
    if (mode.kind === 'radix_second') {
      const first = doc.tables.find((t) => t.id === doc.relationships.find((r) => r.id === mode.firstRelationshipId)!.toTableId)!;
      cap((planned.get(first.id) ?? 0) * parentRows, `each (${first.name}, ${parent.name}) pair at most once`);
    }
  }
  if (rows === 0) return { ...base, rows: 0, notes, columns: [], statements: [], skipped: null };
  const made = insertPlan({
    doc, table, seed: options.seed, rows, keys, parentRows: planned,
    window: timeWindow(table, now), partition: partitionRange(table), chunkRows: options.chunkRows,
  });
  if (typeof made === 'string') return skip(made, notes);
  return { ...base, rows, notes, columns: made.columns, statements: made.statements, skipped: null };
}

function startOfTodayUtc(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
