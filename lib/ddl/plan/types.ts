import type { Statement } from '../statement';

/**
 * A migration plan: the steps of a schema change in the order they run. Each
 * step becomes one migration (one pair of files in a bundle): its UP runs in one
 * transaction or — when `transactional` is false — statement by statement in
 * autocommit (CREATE INDEX CONCURRENTLY, batched backfills). Its DOWN undoes
 * exactly that step, so a plan that stops halfway can be rolled back from there.
 */
export interface PlanUnit {
  readonly transactional: boolean;
  /** Long, non-blocking work (concurrent builds, backfills, VALIDATE): statement_timeout is lifted. */
  readonly longRunning: boolean;
  readonly statements: readonly Statement[];
}

export type StageName =
  | 'drop_indexes' | 'main' | 'build_indexes' | 'add_constraints' | 'validate' | 'set_not_null'
  | 'expand' | 'expand_backfill' | 'expand_validate' | 'contract';

export interface PlanStep {
  readonly stage: StageName;
  /** One line for humans: what this step is for. */
  readonly summary: string;
  readonly up: PlanUnit;
  readonly down: PlanUnit;
}

export interface MigrationPlan {
  readonly steps: readonly PlanStep[];
  readonly targetVersion: number;
}

export interface PlanOptions {
  /** Online (zero-downtime) patterns for existing tables. Default true; false gives the plain DDL. */
  readonly safe?: boolean;
  /**
   * With `safe`: roll out rewriting type changes and table renames on existing
   * tables as expand/contract (shadow column + sync trigger + backfill, or a
   * compatibility view), ending in a separate CONTRACT migration. Default true.
   */
  readonly expandContract?: boolean;
  /** Rows per batch of a backfill. Default 5000. */
  readonly backfillBatchSize?: number;
}
