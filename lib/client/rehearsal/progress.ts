import type { RehearsalEventDto } from '../../api/dto';

/** What the progress panel shows, folded from the events so far (pure, so it is testable without a browser). */
export interface RehearsalProgress {
  where: string | null;
  schema: { statements: number; durationMs: number } | null;
  tables: { table: string; rowsDone: number; rows: number; durationMs: number; failed: string | null }[];
  indexes: { count: number; durationMs: number } | null;
  analyzeMs: number | null;
  steps: { fileName: string; statements: number; durationMs: number; failed: string | null }[];
  explained: number;
  proposalsApplied: { table: string; index: string; durationMs: number }[];
}

export const emptyProgress = (): RehearsalProgress => ({
  where: null, schema: null, tables: [], indexes: null, analyzeMs: null, steps: [], explained: 0, proposalsApplied: [],
});

export function foldProgress(progress: RehearsalProgress, event: RehearsalEventDto): RehearsalProgress {
  switch (event.kind) {
    case 'target': return { ...progress, where: `${event.where} (PostgreSQL ${event.server})` };
    case 'schema': return { ...progress, schema: { statements: event.statements, durationMs: event.durationMs } };
    case 'load': return { ...progress, tables: upsert(progress.tables, event.table, { rowsDone: event.rowsDone, rows: event.rows, durationMs: event.durationMs, failed: null }) };
    case 'table_failed': return { ...progress, tables: upsert(progress.tables, event.table, { rowsDone: 0, rows: 0, durationMs: 0, failed: event.message }) };
    case 'indexes': return { ...progress, indexes: { count: event.count, durationMs: event.durationMs } };
    case 'analyze': return { ...progress, analyzeMs: (progress.analyzeMs ?? 0) + event.durationMs };
    case 'explain': return { ...progress, explained: progress.explained + 1 };
    case 'proposal_applied': return { ...progress, proposalsApplied: [...progress.proposalsApplied, { table: event.table, index: event.index, durationMs: event.durationMs }] };
    case 'migration': {
      const e = event.event;
      if (e.kind !== 'statement' || (e.status !== 'done' && e.status !== 'failed')) return progress;
      const found = progress.steps.find((s) => s.fileName === e.fileName);
      const step = {
        fileName: e.fileName, statements: (found?.statements ?? 0) + 1, durationMs: (found?.durationMs ?? 0) + e.durationMs,
        failed: e.status === 'failed' ? `statement ${e.index} of ${e.count}: ${e.error ?? 'failed'}` : found?.failed ?? null,
      };
      return { ...progress, steps: found ? progress.steps.map((s) => (s === found ? step : s)) : [...progress.steps, step] };
    }
  }
}

function upsert<T extends { table: string }>(list: T[], table: string, fields: Omit<T, 'table'>): T[] {
  const next = { ...fields, table } as T;
  return list.some((t) => t.table === table) ? list.map((t) => (t.table === table ? next : t)) : [...list, next];
}
