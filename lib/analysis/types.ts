import type { AdvisorFix } from '../advisor/findings';
import type { Fix } from '../normalization/fix-types';
import type { NormalForm } from '../normalization/normal-forms';
import type { Severity } from '../normalization/findings';

export type { Severity };

/** The filters of the problems panel and of `tablecraft check --only`, in display order. */
export const CATEGORIES = ['normalization', 'index', 'partitioning', 'types', 'roles'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** A fix of either engine; their `kind`s do not overlap, so `kind` alone says which engine applies it. */
export type AnalysisFix = Fix | AdvisorFix;

/** Columns of one table, by id (stable) and by name (for people and for scripts that grep). */
export interface ColumnRefs {
  readonly columnIds: string[];
  readonly columnNames: string[];
}

/**
 * One finding of the combined check, whichever engine found it. This is the
 * public contract of `tablecraft check --format json` and of the analysis API:
 * every field is always present (null when it does not apply), `code` is stable,
 * and accepted findings stay in the list but do not count.
 */
export interface AnalysisFinding extends ColumnRefs {
  readonly code: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly tableId: string;
  /** `name`, or `schema.name` outside the `public` schema. */
  readonly tableName: string;
  readonly dependency: { readonly determinant: ColumnRefs; readonly dependent: ColumnRefs } | null;
  readonly normalForm: NormalForm | null;
  readonly message: string;
  /** Suggestions (guessed from names, types, relationships) carry their reason and confidence; facts do not. */
  readonly inferred: boolean;
  readonly confidence: number | null;
  readonly reason: string | null;
  readonly fix: AnalysisFix | null;
  readonly accepted: boolean;
  readonly justification: string | null;
  readonly exceptionId: string | null;
  /** The id of the migration lint rule that checks the same thing in SQL, e.g. `TC013`. */
  readonly seeAlso: string | null;
  /** The index, relationship or pattern an advisor finding is about. */
  readonly objectId: string | null;
  readonly patternIds: string[];
}

export interface AnalysisSummary {
  /** Counts of findings not accepted. */
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly accepted: number;
  readonly total: number;
  /** Open findings per category. */
  readonly byCategory: Readonly<Record<Category, number>>;
  /** Tables with at least one open finding. */
  readonly tablesWithFindings: number;
  readonly hasErrors: boolean;
}

export interface AnalysisReport {
  readonly findings: AnalysisFinding[];
  readonly summary: AnalysisSummary;
}
