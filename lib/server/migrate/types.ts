import type { HistoryProblem } from '../../migrations/plan';
import type { ChecksummedMigration } from '../../migrations/types';

/** Where the history lives and which migration set it is about. */
export interface MigrateOptions {
  /**
   * Names one migration set, so several sets can share a database and a history
   * table (the app's own schema uses `tablecraft-app`).
   */
  readonly scope: string;
  /** Default `tablecraft_meta`. */
  readonly historySchema?: string;
  /** Default `migration_history`. */
  readonly historyTable?: string;
  /** Called after each migration is applied or reverted, e.g. to log progress. */
  readonly onStep?: (step: MigrationStep) => void;
  /** Called before and after each statement, for streamed progress with timings. */
  readonly onStatement?: (event: StatementEvent) => void;
  /**
   * Rehearse instead of applying: every transactional migration runs inside one
   * transaction that is rolled back at the end; statements that cannot run in a
   * transaction are reported as `would_run`. Nothing, not even the history table, is created.
   */
  readonly dryRun?: boolean;
  /** Wait at most this long for another run's lock, then fail naming who holds it (default: wait forever). */
  readonly lockTimeoutMs?: number;
  /** Called once when the lock is held by someone else and this run starts waiting. */
  readonly onLockWait?: (holder: string) => void;
  /**
   * Runs under the lock after the plan is known and before anything changes:
   * a refusal stops the run with the database untouched. May return session
   * settings to run before each migration and a backup location per version.
   */
  readonly beforeRun?: (plan: RunPlan) => Promise<BeforeRunResult>;
}

/** What a run is about to do, for the `beforeRun` checks. */
export interface RunPlan {
  readonly direction: 'up' | 'down';
  readonly migrations: readonly ChecksummedMigration[];
  readonly dryRun: boolean;
}

export type BeforeRunResult =
  | { readonly ok: true; readonly session?: readonly string[]; readonly backups?: ReadonlyMap<number, string> }
  | { readonly ok: false; readonly reasons: readonly string[]; readonly message: string };

export interface StatementEvent {
  readonly version: number;
  readonly fileName: string;
  readonly direction: 'up' | 'down';
  /** 1-based position of the statement in its script, and how many there are. */
  readonly index: number;
  readonly count: number;
  readonly sql: string;
  /** `would_run`: a dry run's statement that cannot run inside the rehearsal transaction. */
  readonly status: 'started' | 'done' | 'failed' | 'would_run';
  readonly durationMs: number;
  readonly error?: string;
}

/** Where in its file a failing statement is, with the position PostgreSQL reported. */
export interface FailedStatement {
  readonly index: number;
  readonly count: number;
  readonly sql: string;
  readonly line: number;
  readonly column: number;
  /** Indexes a failed concurrent build left INVALID and the runner dropped. */
  readonly cleanedUp: readonly string[];
}

export interface MigrateUpOptions extends MigrateOptions {
  /** Apply pending migrations up to and including this version only. */
  readonly toVersion?: number;
}

export interface MigrateDownOptions extends MigrateOptions {
  /** Revert every applied migration above this version; 0 reverts them all. */
  readonly toVersion: number;
}

export interface MigrationStep {
  readonly version: number;
  readonly name: string;
  /** The script that ran: the UP file for migrateUp, the DOWN file for migrateDown. */
  readonly fileName: string;
  readonly transactional: boolean;
  readonly durationMs: number;
  /** Where this migration's data-loss backup was put, when one was taken. */
  readonly backup?: string | null;
}

export interface MigrationReport {
  readonly scope: string;
  readonly direction: 'up' | 'down';
  /** What this run applied (up) or reverted (down), in the order it ran. */
  readonly steps: readonly MigrationStep[];
  /** Versions applied before this run started (up), or left applied (down). */
  readonly unchanged: readonly number[];
  readonly totalMs: number;
  /** True for a rehearsal: everything it did was rolled back. */
  readonly dryRun: boolean;
}

/** The error PostgreSQL returned, without anything that could hold a credential. */
export interface DatabaseErrorInfo {
  readonly code: string;
  readonly message: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly position?: string;
}

export type MigrationRunError =
  | { readonly kind: 'history_mismatch'; readonly problems: readonly HistoryProblem[]; readonly message: string }
  | {
      readonly kind: 'migration_failed';
      readonly direction: 'up' | 'down';
      readonly version: number;
      readonly fileName: string;
      readonly transactional: boolean;
      readonly database: DatabaseErrorInfo;
      /** The failing statement and its line/column in the file, when known. */
      readonly statement?: FailedStatement;
      /** The steps of this run that succeeded before the failure; they stay applied. */
      readonly completed: readonly MigrationStep[];
      readonly message: string;
    }
  | { readonly kind: 'refused'; readonly reasons: readonly string[]; readonly message: string }
  | { readonly kind: 'lock_timeout'; readonly holder: string; readonly message: string };
