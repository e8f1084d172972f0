import { migrateDown, migrateUp } from '../migrate/migrate';
import type { MigrationReport, MigrationRunError, RunPlan, StatementEvent, BeforeRunResult } from '../migrate/types';
import { historyExists, historyTable } from '../migrate/history';
import { connectLive, type LiveConnection } from '../live/connect';
import { isConnectionLoss, liveError, type LiveError } from '../live/errors';
import { redact } from '../live/redact';
import { err, type Result } from '../../result';
import { analyzeRun } from './analysis';
import { backupToSchema, backupWithPgDump, type BackupMode } from './backup';
import type { Bundle } from './bundle';
import { capabilityProblems, serverFacts } from './capabilities';

/** What the CLI and the UI stream while a run goes on. */
export type ApplyEvent =
  | { readonly kind: 'connected'; readonly server: string; readonly database: string }
  | { readonly kind: 'lock_wait'; readonly holder: string }
  | { readonly kind: 'backup'; readonly location: string; readonly versions: readonly number[] }
  | ({ readonly kind: 'statement' } & StatementEvent);

export interface ApplyOptions {
  readonly databaseUrl: string;
  /** Up: apply pending migrations up to this version. Down (rollback): revert everything above it. */
  readonly toVersion?: number;
  readonly dryRun?: boolean;
  /** Must equal the database name when any step destroys data. */
  readonly confirm?: string;
  /** Default `schema`: copy what would be destroyed into tablecraft_backup_<timestamp>. */
  readonly backup?: BackupMode;
  /** Where pg_dump backups go (default: the current folder). */
  readonly backupDir?: string;
  /** How long to wait for another run's lock (default 60 s). */
  readonly lockTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly onEvent?: (event: ApplyEvent) => void;
}

export type ApplyError = MigrationRunError | LiveError | { readonly kind: 'needs_confirmation'; readonly database: string; readonly steps: readonly string[]; readonly message: string };

export type ApplyResult = Result<MigrationReport, ApplyError>;

/** Applies a bundle's pending migrations to the database at `databaseUrl`. */
export function applyBundle(bundle: Bundle, options: ApplyOptions): Promise<ApplyResult> {
  return run(bundle, options, 'up');
}

/** Rolls back to `toVersion` by running DOWNs newest first, with the same checks. */
export function rollbackBundle(bundle: Bundle, options: ApplyOptions & { readonly toVersion: number }): Promise<ApplyResult> {
  return run(bundle, options, 'down');
}

async function run(bundle: Bundle, options: ApplyOptions, direction: 'up' | 'down'): Promise<ApplyResult> {
  const connected = await connectLive(options.databaseUrl, { connectTimeoutMs: options.connectTimeoutMs, applicationName: `tablecraft ${direction === 'up' ? 'apply' : 'rollback'}` });
  if (!connected.ok) return connected;
  const live = connected.value;
  const emit = options.onEvent ?? (() => undefined);
  try {
    const facts = await serverFacts(live.client);
    emit({ kind: 'connected', server: facts.version, database: facts.database });
    const common = {
      scope: bundle.scope,
      dryRun: options.dryRun ?? false,
      lockTimeoutMs: options.lockTimeoutMs ?? 60_000,
      onLockWait: (holder: string) => emit({ kind: 'lock_wait', holder }),
      onStatement: (event: StatementEvent) => emit({ kind: 'statement', ...event }),
      beforeRun: (plan: RunPlan) => checksAndBackups(live, bundle, options, plan, facts, emit),
    };
    const result = direction === 'up'
      ? await migrateUp(live.client, bundle.migrations, { ...common, toVersion: options.toVersion })
      : await migrateDown(live.client, bundle.migrations, { ...common, toVersion: options.toVersion ?? 0 });
    if (!result.ok) return err(redactError(result.error, live.secrets));
    return result;
  } catch (error) {
    if (error instanceof NeedsConfirmation) return err(error.detail);
    if (isConnectionLoss(error) || !(error instanceof Error) || (error as { code?: unknown }).code !== undefined) {
      return err(liveError(error, live.where, live.secrets));
    }
    throw new Error(redact((error as Error).message, live.secrets), { cause: error });
  } finally {
    await live.close();
  }
}

class NeedsConfirmation extends Error {
  constructor(readonly detail: Extract<ApplyError, { kind: 'needs_confirmation' }>) {
    super(detail.message);
  }
}

/**
 * Under the lock, before anything changes: capability checks, the typed
 * confirmation for data loss, then the backup. A dry run only checks.
 */
async function checksAndBackups(
  live: LiveConnection, bundle: Bundle, options: ApplyOptions, plan: RunPlan,
  facts: Awaited<ReturnType<typeof serverFacts>>, emit: (e: ApplyEvent) => void,
): Promise<BeforeRunResult> {
  if (plan.migrations.length === 0) return { ok: true };
  const analysis = await analyzeRun(plan.direction, plan.migrations, bundle.manifest);
  const needsHistory = !plan.dryRun && !(await historyExists(live.client, historyTable({ scope: bundle.scope })));
  const problems = await capabilityProblems(live.client, facts, analysis, needsHistory);
  if (problems.length > 0) {
    return { ok: false, reasons: problems, message: `refusing to ${plan.direction === 'up' ? 'apply' : 'roll back'}; nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}` };
  }
  const lossy = [...analysis.dataLoss.entries()];
  if (lossy.length === 0 || plan.dryRun) return { ok: true };
  if (options.confirm !== facts.database) {
    const steps = lossy.flatMap(([version, list]) => list.map((s) => `version ${version}: ${s}`));
    throw new NeedsConfirmation({
      kind: 'needs_confirmation', database: facts.database, steps,
      message: `this ${plan.direction === 'up' ? 'apply' : 'rollback'} destroys data; type the database name to confirm (confirm: "${facts.database}", on the command line --yes-destroy-data=${facts.database}). Steps:\n${steps.map((s) => `  - ${s}`).join('\n')}`,
    });
  }
  const backups = new Map<number, string>();
  const mode = options.backup ?? 'schema';
  const versions = [...analysis.lossTargets.keys()];
  const targets = [...analysis.lossTargets.values()].flat();
  if (mode !== 'none' && targets.length > 0) {
    const location = mode === 'schema'
      ? await backupToSchema(live.client, targets)
      : await backupWithPgDump(options.databaseUrl, live.secrets, live.client, targets, options.backupDir ?? process.cwd());
    if (location) {
      for (const v of versions) backups.set(v, location);
      emit({ kind: 'backup', location, versions });
    }
  }
  // Confirmed: the generated DOWNs' emptiness checks may let the drop through.
  return { ok: true, backups, session: ["SET tablecraft.allow_data_loss = 'on'"] };
}

function redactError(error: MigrationRunError, secrets: readonly string[]): MigrationRunError {
  return JSON.parse(redact(JSON.stringify(error), secrets.map((s) => JSON.stringify(s).slice(1, -1)))) as MigrationRunError;
}
