/**
 * The vocabulary of the migration linter. Every rule is a pure function from one
 * statement (and what the migration did before it) to findings; the linter adds
 * where each finding is and whether a reasoned suppression silences it.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A change that makes the statement safe: what to do and, when it can be written out, the SQL. */
export interface Fix {
  readonly description: string;
  readonly sql?: string;
}

/** What a rule says about one statement; the linter turns it into a `Finding`. */
export interface RuleHit {
  /** Plain language, names the table and column. */
  readonly message: string;
  /** The objects the finding points at, e.g. `public.orders.created_at`. */
  readonly objects: readonly string[];
  /** A UTF-8 byte offset into the file (a parse-tree `location`) to point at instead of the statement start. */
  readonly at?: number;
  readonly fix?: Fix;
  /** Overrides the rule's severity when the rule is less sure (documented with the rule). */
  readonly severity?: Severity;
}

/** The documentation every rule (and every built-in finding) carries; `docs/lint-rules.md` is checked against it. */
export interface RuleInfo {
  /** Stable: suppressions and CI configs refer to it. */
  readonly id: `TC${number}`;
  readonly slug: string;
  readonly severity: Severity;
  readonly title: string;
  /** Why the form is unsafe or a poor choice. */
  readonly rationale: string;
  /** Do this instead. */
  readonly instead: string;
  /** Examples the rule's tests run: every `bad` one must fire the rule, no `good` one may. */
  readonly examples: { readonly bad: string; readonly good: string };
}

export interface Location {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters (not bytes). */
  readonly column: number;
  /** 0-based index of the statement in its file; -1 when the finding is about the file. */
  readonly statementIndex: number;
}

export interface Finding {
  readonly ruleId: string;
  readonly slug: string;
  readonly severity: Severity;
  readonly message: string;
  readonly objects: readonly string[];
  readonly location: Location;
  /** The statement, whitespace collapsed and shortened. */
  readonly statement: string;
  readonly fix?: Fix;
  readonly suppressed: boolean;
  /** Why it was suppressed, as written in the suppression comment. */
  readonly suppressionReason?: string;
}

/** One migration file, in the order the files run. */
export interface LintFile {
  readonly name: string;
  readonly text: string;
}

export interface LintOptions {
  /** Target PostgreSQL major version (default 17); some hazards depend on it. */
  readonly pgVersion?: number;
  /** Rule ids (or slugs) not to run. */
  readonly disable?: readonly string[];
  /**
   * DDL describing the database before the migrations (e.g. the current
   * `schema.sql`). It is not linted; its tables count as existing and its column
   * types let the type-change rule tell safe widenings from rewrites.
   */
  readonly baseline?: readonly LintFile[];
}

export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly suppressed: number;
}

export interface LintReport {
  readonly files: readonly string[];
  readonly pgVersion: number;
  /** In file order, then by position. */
  readonly findings: readonly Finding[];
  readonly summary: LintSummary;
}

export const DEFAULT_PG_VERSION = 17;
