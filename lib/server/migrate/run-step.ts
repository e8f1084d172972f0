import type { ClientBase } from 'pg';
import type { ChecksummedMigration } from '../../migrations/types';
import { deleteEntry, lockedSuccess, recordAttempt, type HistoryTable } from './history';
import { runInTransaction, runWithoutTransaction, type ScriptInfo, type ScriptOutcome } from './run-script';
import type { MigrationRunError, MigrationStep, StatementEvent } from './types';

export interface StepContext {
  readonly client: ClientBase;
  readonly history: HistoryTable;
  readonly scope: string;
  readonly onStatement?: (event: StatementEvent) => void;
  /** Session settings run before each script (e.g. after a confirmed data loss). */
  readonly session: readonly string[];
  readonly backups: ReadonlyMap<number, string>;
}

export type StepResult =
  | { kind: 'done'; step: MigrationStep }
  | { kind: 'skipped' }
  | { kind: 'failed'; outcome: Extract<ScriptOutcome, { ok: false }> };

const script = (ctx: StepContext, migration: ChecksummedMigration, direction: 'up' | 'down'): ScriptInfo => ({
  version: migration.version, direction, onStatement: ctx.onStatement,
  fileName: direction === 'up' ? migration.upFile : migration.downFile,
  sql: direction === 'up' ? migration.up : migration.down,
});

/** Applies one migration and writes its history row (in the same transaction when it has one). */
export async function applyOne(ctx: StepContext, migration: ChecksummedMigration): Promise<StepResult> {
  const { client, history, scope } = ctx;
  const backup = ctx.backups.get(migration.version) ?? null;
  const isApplied = () => lockedSuccess(client, history, scope, migration.version);
  let outcome: ScriptOutcome;
  if (migration.transactional) {
    outcome = await runInTransaction(client, script(ctx, migration, 'up'), {
      guard: async () => !(await isApplied()),
      record: (durationMs) => recordAttempt(client, history, scope, migration, { durationMs, error: null, backup }),
      session: ctx.session,
    });
  } else {
    if (await isApplied()) return { kind: 'skipped' };
    outcome = await runWithoutTransaction(client, script(ctx, migration, 'up'), ctx.session);
    if (outcome.ok) await recordAttempt(client, history, scope, migration, { durationMs: outcome.durationMs, error: null, backup });
  }
  if (!outcome.ok) {
    // Outside the failed transaction, so the attempt stays on record. A killed
    // connection cannot record anything: the missing row is then the truth
    // (the transaction rolled back), and the database error is what to report.
    await recordAttempt(client, history, scope, migration, { durationMs: outcome.durationMs, error: outcome.database.message, backup }).catch(() => undefined);
    return { kind: 'failed', outcome };
  }
  if (outcome.skipped) return { kind: 'skipped' };
  return { kind: 'done', step: stepOf(migration, migration.upFile, migration.transactional, outcome.durationMs, backup) };
}

/** Runs one DOWN script and removes the history row (in the same transaction when it has one). */
export async function revertOne(ctx: StepContext, migration: ChecksummedMigration): Promise<StepResult> {
  const { client, history, scope } = ctx;
  const backup = ctx.backups.get(migration.version) ?? null;
  const isApplied = () => lockedSuccess(client, history, scope, migration.version);
  const forget = () => deleteEntry(client, history, scope, migration.version, backup);
  let outcome: ScriptOutcome;
  if (migration.downTransactional) {
    outcome = await runInTransaction(client, script(ctx, migration, 'down'), { guard: isApplied, record: forget, session: ctx.session });
  } else {
    if (!(await isApplied())) return { kind: 'skipped' };
    outcome = await runWithoutTransaction(client, script(ctx, migration, 'down'), ctx.session);
    if (outcome.ok) await forget();
  }
  if (!outcome.ok) return { kind: 'failed', outcome };
  if (outcome.skipped) return { kind: 'skipped' };
  return { kind: 'done', step: stepOf(migration, migration.downFile, migration.downTransactional, outcome.durationMs, backup) };
}

function stepOf(migration: ChecksummedMigration, fileName: string, transactional: boolean, durationMs: number, backup: string | null): MigrationStep {
  return { version: migration.version, name: migration.name, fileName, transactional, durationMs: Math.round(durationMs * 10) / 10, backup };
}

/** Says what failed, where, what was undone and what was not. */
export function failureError(
  direction: 'up' | 'down',
  migration: ChecksummedMigration,
  outcome: Extract<ScriptOutcome, { ok: false }>,
  completed: readonly MigrationStep[],
): MigrationRunError {
  const fileName = direction === 'up' ? migration.upFile : migration.downFile;
  const transactional = direction === 'up' ? migration.transactional : migration.downTransactional;
  const where = outcome.statement && !transactional ? ` at statement ${outcome.statement.index} of ${outcome.statement.count}` : '';
  const aftermath = transactional
    ? 'it was rolled back, so nothing of it is applied'
    : 'it ran outside a transaction, so the statements before the failing one stay applied: check the database before retrying';
  const cleaned = outcome.statement?.cleanedUp.length ? `; dropped the invalid index(es) it left: ${outcome.statement.cleanedUp.join(', ')}` : '';
  const before = completed.length > 0 ? ` (versions ${completed.map((s) => s.version).join(', ')} of this run succeeded and stay ${direction === 'up' ? 'applied' : 'reverted'})` : '';
  return {
    kind: 'migration_failed',
    direction,
    version: migration.version,
    fileName,
    transactional,
    database: outcome.database,
    statement: outcome.statement,
    completed,
    message: `migration ${migration.version} (${fileName}) failed${where}: ${outcome.database.message}; ${aftermath}${cleaned}${before}`,
  };
}
