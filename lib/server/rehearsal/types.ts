import type { AdvisorFix, PlanSummary } from '../../advisor';
import type { ApplyEvent } from '../apply';

/** Progress of a rehearsal, for the CLI's stderr and the UI. */
export type RehearsalEvent =
  | { readonly kind: 'target'; readonly where: string; readonly server: string }
  | { readonly kind: 'schema'; readonly statements: number; readonly durationMs: number }
  | { readonly kind: 'load'; readonly table: string; readonly rowsDone: number; readonly rows: number; readonly durationMs: number }
  | { readonly kind: 'table_failed'; readonly table: string; readonly message: string }
  | { readonly kind: 'indexes'; readonly count: number; readonly durationMs: number }
  | { readonly kind: 'analyze'; readonly durationMs: number }
  | { readonly kind: 'migration'; readonly event: ApplyEvent }
  | { readonly kind: 'explain'; readonly table: string; readonly pattern: string; readonly phase: 'before' | 'after'; readonly executionMs: number | null }
  | { readonly kind: 'proposal_applied'; readonly table: string; readonly index: string; readonly durationMs: number };

export interface TableLoadReport {
  readonly tableId: string;
  readonly table: string;
  readonly declaredRows: number | null;
  readonly plannedRows: number;
  /** Counted after loading. */
  readonly rows: number;
  readonly durationMs: number;
  readonly notes: readonly string[];
  readonly error: string | null;
}

export interface MigrationStepReport {
  readonly version: number;
  readonly name: string;
  readonly fileName: string;
  readonly transactional: boolean;
  readonly durationMs: number;
  readonly statements: readonly { readonly index: number; readonly sql: string; readonly durationMs: number }[];
}

export interface PatternReport {
  readonly tableId: string;
  readonly table: string;
  readonly patternId: string;
  readonly pattern: string;
  readonly sql: string | null;
  readonly params: readonly { readonly meaning: string; readonly value: string | null }[];
  /** Why the pattern was not explained. */
  readonly skipped: string | null;
  readonly before: PlanSummary | null;
  readonly seqScanOnLargeTable: boolean;
  /** The existing index the advisor says serves the pattern. */
  readonly servedBy?: string | null;
  /** The advisor's index for this pattern, as a diagram change, with its reasons and (when applied) its DDL. */
  readonly proposal: { readonly id: string; readonly indexName: string; readonly reasons: readonly string[]; readonly fix: AdvisorFix; readonly ddl: readonly string[] } | null;
  readonly after: PlanSummary | null;
}

export interface RehearsalReport {
  readonly target: { readonly where: string; readonly server: string };
  readonly seed: number;
  readonly scale: number;
  readonly schema: { readonly statements: number; readonly durationMs: number };
  readonly tables: readonly TableLoadReport[];
  /** Secondary indexes built after the load (as a restore does), and how long that took. */
  readonly indexes: { readonly count: number; readonly durationMs: number };
  readonly analyzeMs: number;
  readonly migration: { readonly steps: readonly MigrationStepReport[]; readonly totalMs: number } | null;
  readonly patterns: readonly PatternReport[];
  readonly totalMs: number;
}
