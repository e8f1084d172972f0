import type { ClientBase } from 'pg';
import type { ChecksummedMigration } from '../../migrations/types';
import { deleteEntry, lockedSuccess, recordAttempt, type HistoryTable } from './history';
import { runInTransaction, runWithoutTransaction, type ScriptOutcome } from './run-script';
import type { MigrationRunError, MigrationStep } from './types';

interface StepContext {
  readonly client: ClientBase;
  readonly history: HistoryTable;
  readonly scope: string;
}

export type StepResult =
  | { kind: 'done'; step: MigrationStep }
  | { kind: 'skipped' }
  | { kind: 'failed'; outcome: Extract<ScriptOutcome, { ok: false }> };

/** Applies one migration and writes its history row (in the same transaction when it has one). */
export async function applyOne(ctx: StepContext, migration: ChecksummedMigration): Promise<StepResult> {
  const { client, history, scope } = ctx;
  const isApplied = () => lockedSuccess(client, history, scope, migration.version);
  let outcome: ScriptOutcome;
  if (migration.transactional) {
    outcome = await runInTransaction(client, migration.up, {
      guard: async () => !(await isApplied()),
      record: (durationMs) => recordAttempt(client, history, scope, migration, { durationMs, error: null }),
    });
  } else {
    if (await isApplied()) return { kind: 'skipped' };
    outcome = await runWithoutTransaction(client, migration.up);
    if (outcome.ok) await recordAttempt(client, history, scope, migration, { durationMs: outcome.durationMs, error: null });
  }
  if (!outcome.ok) {
    // Outside the failed transaction, so the attempt stays on record.
    await recordAttempt(client, history, scope, migration, { durationMs: outcome.durationMs, error: outcome.database.message });
    return { kind: 'failed', outcome };
  }
  if (outcome.skipped) return { kind: 'skipped' };
  return { kind: 'done', step: stepOf(migration, migration.upFile, migration.transactional, outcome.durationMs) };
}

/** Runs one DOWN script and removes the history row (in the same transaction when it has one). */
export async function revertOne(ctx: StepContext, migration: ChecksummedMigration): Promise<StepResult> {
  const { client, history, scope } = ctx;
  const isApplied = () => lockedSuccess(client, history, scope, migration.version);
  const forget = () => deleteEntry(client, history, scope, migration.version);
  let outcome: ScriptOutcome;
  if (migration.downTransactional) {
    outcome = await runInTransaction(client, migration.down, { guard: isApplied, record: forget });
  } else {
    if (!(await isApplied())) return { kind: 'skipped' };
    outcome = await runWithoutTransaction(client, migration.down);
    if (outcome.ok) await forget();
  }
  if (!outcome.ok) return { kind: 'failed', outcome };
  if (outcome.skipped) return { kind: 'skipped' };
  return { kind: 'done', step: stepOf(migration, migration.downFile, migration.downTransactional, outcome.durationMs) };
}

function stepOf(migration: ChecksummedMigration, fileName: string, transactional: boolean, durationMs: number): MigrationStep {
  return { version: migration.version, name: migration.name, fileName, transactional, durationMs: Math.round(durationMs * 10) / 10 };
}

/** Says what failed, what was undone and what was not. */
export function failureError(
  direction: 'up' | 'down',
  migration: ChecksummedMigration,
  outcome: Extract<ScriptOutcome, { ok: false }>,
  completed: readonly MigrationStep[],
): MigrationRunError {
  const fileName = direction === 'up' ? migration.upFile : migration.downFile;
  const transactional = direction === 'up' ? migration.transactional : migration.downTransactional;
  const where = outcome.statement ? ` at statement ${outcome.statement.index} of ${outcome.statement.count}` : '';
  const aftermath = transactional
    ? 'it was rolled back, so nothing of it is applied'
    : 'it ran outside a transaction, so the statements before the failing one stay applied: check the database before retrying';
  const before = completed.length > 0 ? ` (versions ${completed.map((s) => s.version).join(', ')} of this run succeeded and stay ${direction === 'up' ? 'applied' : 'reverted'})` : '';
  return {
    kind: 'migration_failed',
    direction,
    version: migration.version,
    fileName,
    transactional,
    database: outcome.database,
    completed,
    message: `migration ${migration.version} (${fileName}) failed${where}: ${outcome.database.message}; ${aftermath}${before}`,
  };
}
