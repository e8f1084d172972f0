import type { DiagramDocument } from '../../model';
import { discoverTableDependencies, type DataDependencySuggestion } from '../../normalization/discovery';
import { numberLiteral } from '../../sql/quote';
import type { Queryable } from '../introspect/queryable';
import { readLiveTable, type ColumnPlan } from './live-columns';
import { LiveDiscoveryOptions, type LiveDiscoveryOptionsInput } from './options';
import { readSample, type SampleMethod } from './sample';

export interface TableDiscoveryReport {
  readonly tableId: string;
  readonly tableName: string;
  readonly method: SampleMethod;
  readonly estimatedRows: number;
  readonly sampledRows: number;
  /** Every diagram column and how it was read (`value`, `hashed`, `missing`). */
  readonly columns: ColumnPlan[];
  readonly constantColumnIds: string[];
  readonly suggestions: DataDependencySuggestion[];
  readonly ms: number;
}

export interface DiscoveryReport {
  readonly tables: TableDiscoveryReport[];
  /** Tables not sampled, with why (not in the database, empty). */
  readonly skipped: { readonly tableId: string; readonly tableName: string; readonly reason: string }[];
  readonly suggestions: DataDependencySuggestion[];
  readonly options: LiveDiscoveryOptions;
}

/**
 * Samples each table of the diagram from a live database and runs dependency
 * discovery on the rows. Everything runs in one READ ONLY transaction with a
 * statement timeout, rolled back at the end: discovery never writes. Query
 * errors propagate (the caller maps them, with its redaction).
 */
export async function discoverFromDatabase(db: Queryable, doc: DiagramDocument, input: LiveDiscoveryOptionsInput = {}): Promise<DiscoveryReport> {
  const options = LiveDiscoveryOptions.parse(input);
  const wanted = options.tableIds ? new Set(options.tableIds) : null;
  const schemaName = new Map(doc.schemas.map((s) => [s.id, s.name]));
  const tables: TableDiscoveryReport[] = [];
  const skipped: DiscoveryReport['skipped'] = [];
  await db.query('BEGIN READ ONLY');
  try {
    await db.query(`SET LOCAL statement_timeout = ${numberLiteral(options.statementTimeoutMs)}`);
    for (const table of doc.tables) {
      if (wanted && !wanted.has(table.id)) continue;
      const started = performance.now();
      const schema = schemaName.get(table.schemaId)!;
      const live = await readLiveTable(db, schema, table);
      if (!live) {
        skipped.push({ tableId: table.id, tableName: table.name, reason: `no table ${schema}.${table.name} in the database` });
        continue;
      }
      if (live.columns.every((c) => c.handling === 'missing')) {
        skipped.push({ tableId: table.id, tableName: table.name, reason: 'none of its columns exist in the database table' });
        continue;
      }
      const sampled = await readSample(db, schema, table, live, options);
      if (sampled.sample.rows.length === 0) {
        skipped.push({ tableId: table.id, tableName: table.name, reason: 'the table has no rows' });
        continue;
      }
      const found = discoverTableDependencies(doc, sampled.sample, { maxError: options.maxError, maxLhs: options.maxLhs });
      // The sample is built from this document's own columns, so a mismatch is a bug.
      if (!found.ok) throw new Error(found.error.message);
      tables.push({
        tableId: table.id, tableName: table.name, method: sampled.method, estimatedRows: live.estimatedRows,
        sampledRows: found.value.sampledRows, columns: live.columns, constantColumnIds: found.value.constantColumnIds,
        suggestions: found.value.suggestions, ms: Math.round(performance.now() - started),
      });
    }
  } finally {
    await db.query('ROLLBACK').catch(() => undefined);
  }
  return { tables, skipped, suggestions: tables.flatMap((t) => t.suggestions), options };
}
