import type { HistoryProblem } from '../../migrations/plan';

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
}

export interface MigrationReport {
  readonly scope: string;
  readonly direction: 'up' | 'down';
  /** What this run applied (up) or reverted (down), in the order it ran. */
  readonly steps: readonly MigrationStep[];
  /** Versions applied before this run started (up), or left applied (down). */
  readonly unchanged: readonly number[];
  readonly totalMs: number;
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
      /** The steps of this run that succeeded before the failure; they stay applied. */
      readonly completed: readonly MigrationStep[];
      readonly message: string;
    };
