import type pg from 'pg';
import type { Statement } from '../../ddl';
import type { SyntheticPlan } from '../../synthetic';
import type { RehearsalEvent, TableLoadReport } from './types';

/**
 * Runs the synthetic plan table by table, parents first, one INSERT per chunk
 * with a progress event after each. A table that fails is reported and its
 * children are skipped (they would only fail on the missing parents).
 */
export async function loadData(client: pg.Client, plan: SyntheticPlan, parentsOf: (tableId: string) => readonly string[], emit: (e: RehearsalEvent) => void): Promise<TableLoadReport[]> {
  const failed = new Set<string>();
  const reports: TableLoadReport[] = [];
  for (const table of plan.tables) {
    const base = { tableId: table.tableId, table: table.name, declaredRows: table.declaredRows, plannedRows: table.rows, notes: table.notes };
    const brokenParent = parentsOf(table.tableId).find((p) => failed.has(p));
    const skipped = table.skipped ?? (brokenParent ? `a parent table failed to load (${plan.tables.find((t) => t.tableId === brokenParent)?.name})` : null);
    if (skipped) {
      failed.add(table.tableId);
      reports.push({ ...base, rows: 0, durationMs: 0, error: skipped });
      emit({ kind: 'table_failed', table: table.name, message: skipped });
      continue;
    }
    const started = performance.now();
    let done = 0;
    let error: string | null = null;
    for (const statement of table.statements) {
      try {
        await client.query(statement.sql);
      } catch (e) {
        error = (e as Error).message;
        break;
      }
      done += statement.rows;
      emit({ kind: 'load', table: table.name, rowsDone: done, rows: table.rows, durationMs: Math.round(performance.now() - started) });
    }
    if (error) {
      failed.add(table.tableId);
      emit({ kind: 'table_failed', table: table.name, message: error });
    }
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table.qualifiedName}`);
    reports.push({ ...base, rows: Number(rows[0]!.n), durationMs: Math.round(performance.now() - started), error });
  }
  return reports;
}

/** Non-unique secondary indexes are built after the load, as pg_restore does: far faster than maintaining them row by row. */
export function splitDeferredIndexes(statements: readonly Statement[]): { now: Statement[]; later: Statement[] } {
  const later = statements.filter((s) => /^\s*(CREATE\s+INDEX|COMMENT\s+ON\s+INDEX)\b/i.test(s.sql));
  return { now: statements.filter((s) => !later.includes(s)), later };
}
