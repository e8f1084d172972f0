import type { ClientBase } from 'pg';
import { checksumMigrations } from '../../migrations/checksum';
import { planMigrations, type HistoryProblem, type MigrationPlan } from '../../migrations/plan';
import type { Migration } from '../../migrations/types';
import { err, ok, type Result } from '../../result';
import { ensureHistoryTable, historyTable, readHistory } from './history';
import { withMigrationLock } from './lock';
import { applyOne, failureError, revertOne } from './run-step';
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
  return run(client, migrations, options, 'up', async (ctx, plan) => {
    const targets = plan.pending.filter((m) => options.toVersion === undefined || m.version <= options.toVersion);
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
  return run(client, migrations, options, 'down', async (ctx, plan) => {
    const targets = plan.applied.filter((m) => m.version > options.toVersion).reverse();
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

type Work = (
  ctx: { client: ClientBase; history: ReturnType<typeof historyTable>; scope: string },
  plan: MigrationPlan,
) => Promise<Result<MigrationStep[], MigrationRunError>>;

async function run(client: ClientBase, migrations: readonly Migration[], options: MigrateOptions, direction: 'up' | 'down', work: Work): Promise<MigrationResult> {
  assertOrdered(migrations);
  if (options.scope.trim() === '') throw new Error('migrate: scope must not be empty');
  const started = performance.now();
  const history = historyTable(options);
  const local = await checksumMigrations(migrations);
  return withMigrationLock(client, history, options.scope, async () => {
    await ensureHistoryTable(client, history);
    const plan = planMigrations(local, await readHistory(client, history, options.scope));
    if (!plan.ok) return err(historyMismatch(options.scope, plan.error));
    const steps = await work({ client, history, scope: options.scope }, plan.value);
    if (!steps.ok) return steps;
    const changed = new Set(steps.value.map((s) => s.version));
    const applied = (await readHistory(client, history, options.scope)).filter((r) => r.success).map((r) => r.version);
    return ok({
      scope: options.scope,
      direction,
      steps: steps.value,
      unchanged: applied.filter((v) => !changed.has(v)),
      totalMs: Math.round(performance.now() - started),
    });
  });
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
