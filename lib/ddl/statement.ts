/**
 * What the generator hands out: one SQL statement with what running it costs.
 * The migrations work reads `lock`, `transactional` and `hazards` to plan a safe
 * rollout; the UI shows `explanation` next to each step.
 */

/** The strongest table lock a statement takes; `none` when it only creates new objects. */
export type Lock =
  | 'none'
  | 'ACCESS SHARE'
  // INSERT / UPDATE / DELETE: blocks only schema changes and the SHARE-family locks, not readers or writers.
  | 'ROW EXCLUSIVE'
  | 'SHARE UPDATE EXCLUSIVE'
  | 'SHARE'
  | 'SHARE ROW EXCLUSIVE'
  | 'ACCESS EXCLUSIVE';

export type Hazard =
  | 'DELETES_DATA'
  | 'IRREVERSIBLE'
  | 'ACQUIRES_ACCESS_EXCLUSIVE_LOCK'
  | 'BLOCKS_WRITES'
  | 'REWRITES_TABLE'
  | 'BREAKS_RUNNING_CLIENTS'
  | 'VALIDATES_ALL_ROWS';

export interface Statement {
  /** One statement, terminated by a semicolon. */
  readonly sql: string;
  readonly lock: Lock;
  /** False for statements PostgreSQL refuses inside a transaction block (CONCURRENTLY). */
  readonly transactional: boolean;
  readonly hazards: readonly Hazard[];
  /** One sentence a person can read before running it. */
  readonly explanation: string;
}

export function statement(
  sql: string,
  explanation: string,
  options: { lock?: Lock; transactional?: boolean; hazards?: readonly Hazard[] } = {},
): Statement {
  return {
    sql: sql.endsWith(';') ? sql : `${sql};`,
    lock: options.lock ?? 'none',
    transactional: options.transactional ?? true,
    hazards: options.hazards ?? [],
    explanation,
  };
}

export interface ScriptOptions {
  /** First lines of the script, e.g. a title comment. */
  readonly title?: string;
  /**
   * Session settings written before the first statement. The migrations work
   * passes `SET lock_timeout = '5s';` and friends here; plain DDL export leaves it empty.
   */
  readonly preamble?: readonly string[];
}

/** Joins statements into one script: header, preamble, then each statement with its explanation as a comment. */
export function renderScript(statements: readonly Statement[], options: ScriptOptions = {}): string {
  const lines: string[] = [];
  if (options.title) lines.push(...options.title.split('\n').map((line) => `-- ${line}`), '');
  if (options.preamble && options.preamble.length > 0) lines.push(...options.preamble, '');
  for (const s of statements) {
    const notes = s.hazards.length > 0 ? ` [${s.hazards.join(', ')}]` : '';
    lines.push(`-- ${s.explanation}${notes}`, s.sql, '');
  }
  return lines.join('\n');
}
