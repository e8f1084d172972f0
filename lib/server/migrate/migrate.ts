import type { ClientBase } from 'pg';
import { checksumMigrations } from '../../migrations/checksum';
import { planMigrations, type HistoryProblem, type MigrationPlan } from '../../migrations/plan';
import type { Migration } from '../../migrations/types';
import { err, ok, type Result } from '../../result';
import type { ChecksummedMigration } from '../../migrations/types';
import { ensureHistoryTable, historyTable, readHistory } from './history';
import { LockTimeoutError, withMigrationLock } from './lock';
import { reportWouldRun, rollbackQuietly, runStatements } from './run-script';
import { applyOne, failureError, revertOne, type StepContext } from './run-step';
import type { MigrateDownOptions, MigrateOptions, MigrateUpOptions, MigrationReport, MigrationRunError, MigrationStep } from './types';

export type MigrationResult = Result<MigrationReport, MigrationRunError>;

/**
 * Applies the pending migrations of a set, in version order, each in its own
 * transaction together with its history row (scripts marked no-transaction run
 * alone, statement by statement). Stops at the first failure. Refuses to touch
 * anything when the applied history does not match the files. Works over any
 * `pg` connection: a PostgreSQL server or embedded PGlite behind its socket server.
 */
export async function migrateUp(client: ClientBase, migrations: readonly Migration[], options: MigrateUpOptions): Promise<MigrationResult> {
  const targets = (plan: MigrationPlan) => plan.pending.filter((m) => options.toVersion === undefined || m.version <= options.toVersion);
  return run(client, migrations, options, 'up', targets, async (ctx, targets) => {
    const steps: MigrationStep[] = [];
    for (const migration of targets) {
      const result = await applyOne(ctx, migration);
      if (result.kind === 'failed') return err(failureError('up', migration, result.outcome, steps));
      if (result.kind === 'done') {
        steps.push(result.step);
        options.onStep?.(result.step);
      }
    }
    return ok(steps);
  });
}

/** Reverts applied migrations above `toVersion`, newest first, each DOWN with the removal of its history row. */
export async function migrateDown(client: ClientBase, migrations: readonly Migration[], options: MigrateDownOptions): Promise<MigrationResult> {
  if (!Number.isInteger(options.toVersion) || options.toVersion < 0) {
    throw new Error(`migrateDown: toVersion must be a whole number ≥ 0 (got ${options.toVersion})`);
  }
  const targets = (plan: MigrationPlan) => plan.applied.filter((m) => m.version > options.toVersion).reverse();
  return run(client, migrations, options, 'down', targets, async (ctx, targets) => {
    const steps: MigrationStep[] = [];
    for (const migration of targets) {
      const result = await revertOne(ctx, migration);
      if (result.kind === 'failed') return err(failureError('down', migration, result.outcome, steps));
      if (result.kind === 'done') {
        steps.push(result.step);
        options.onStep?.(result.step);
      }
    }
    return ok(steps);
  });
}

type Work = (ctx: StepContext, targets: readonly ChecksummedMigration[]) => Promise<Result<MigrationStep[], MigrationRunError>>;

async function run(
  client: ClientBase,
  migrations: readonly Migration[],
  options: MigrateOptions,
  direction: 'up' | 'down',
  select: (plan: MigrationPlan) => readonly ChecksummedMigration[],
  work: Work,
): Promise<MigrationResult> {
  assertOrdered(migrations);
  if (options.scope.trim() === '') throw new Error('migrate: scope must not be empty');
  const started = performance.now();
  const history = historyTable(options);
  const local = await checksumMigrations(migrations);
  const dryRun = options.dryRun ?? false;
  try {
    return await withMigrationLock(client, history, options.scope, async () => {
      // Nothing is created before the plan is known and the checks passed.
      const plan = planMigrations(local, await readHistory(client, history, options.scope));
      if (!plan.ok) return err(historyMismatch(options.scope, plan.error));
      const targets = select(plan.value);
      const before = options.beforeRun ? await options.beforeRun({ direction, migrations: targets, dryRun }) : { ok: true as const };
      if (!before.ok) return err({ kind: 'refused' as const, reasons: before.reasons, message: before.message });
      const ctx: StepContext = {
        client, history, scope: options.scope, onStatement: options.onStatement,
        session: before.session ?? [], backups: before.backups ?? new Map(),
      };
      if (dryRun) return rehearse(ctx, direction, targets, started);
      await ensureHistoryTable(client, history);
      const steps = await work(ctx, targets);
      if (!steps.ok) return steps;
      const changed = new Set(steps.value.map((s) => s.version));
      const applied = (await readHistory(client, history, options.scope)).filter((r) => r.success).map((r) => r.version);
      return ok({
        scope: options.scope,
        direction,
        steps: steps.value,
        unchanged: applied.filter((v) => !changed.has(v)),
        totalMs: Math.round(performance.now() - started),
        dryRun: false,
      });
    }, { timeoutMs: options.lockTimeoutMs, onWait: options.onLockWait });
  } catch (error) {
    if (error instanceof LockTimeoutError) return err({ kind: 'lock_timeout', holder: error.holder, message: error.message });
    throw error;
  }
}

/**
 * A dry run: the transactional scripts run in one transaction that is always
 * rolled back (so later migrations see what earlier ones would have made);
 * scripts that must run outside a transaction are only reported as `would_run`.
 */
async function rehearse(ctx: StepContext, direction: 'up' | 'down', targets: readonly ChecksummedMigration[], started: number): Promise<MigrationResult> {
  const { client } = ctx;
  const steps: MigrationStep[] = [];
  await client.query('BEGIN');
  try {
    for (const sql of ctx.session) await client.query(sql);
    for (const migration of targets) {
      const up = direction === 'up';
      const info = { version: migration.version, direction, onStatement: ctx.onStatement, fileName: up ? migration.upFile : migration.downFile, sql: up ? migration.up : migration.down };
      const transactional = up ? migration.transactional : migration.downTransactional;
      const t0 = performance.now();
      if (!transactional) reportWouldRun(info);
      else {
        const failure = await runStatements(client, info);
        if (failure) return err(failureError(direction, migration, failure, steps));
      }
      steps.push({ version: migration.version, name: migration.name, fileName: info.fileName, transactional, durationMs: Math.round((performance.now() - t0) * 10) / 10 });
    }
  } finally {
    await rollbackQuietly(client);
  }
  return ok({ scope: ctx.scope, direction, steps, unchanged: [], totalMs: Math.round(performance.now() - started), dryRun: true });
}

function historyMismatch(scope: string, problems: HistoryProblem[]): MigrationRunError {
  return {
    kind: 'history_mismatch',
    problems,
    message: `refusing to migrate "${scope}": the database's migration history does not match the migration files:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`,
  };
}

/** The set comes from `parseMigrationSet`; anything else is a programming error. */
function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const previous = migrations[i - 1] as Migration;
    const current = migrations[i] as Migration;
    if (current.version <= previous.version) {
      throw new Error(`migrate: migrations must be in increasing version order (${previous.version} then ${current.version}); build the set with parseMigrationSet`);
    }
  }
}
