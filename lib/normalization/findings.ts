import type { NormalForm } from './normal-forms';
import type { Fix } from './fix-types';

/** Stable codes: the UI, the CLI and accepted exceptions (`doc.exceptions[].code`) match on them. */
export const FINDING_CODES = [
  'NO_KEY',
  'NF1_REPEATING_GROUP',
  'NF1_MULTI_VALUED_COLUMN',
  'NF2_PARTIAL_DEPENDENCY',
  'NF3_TRANSITIVE_DEPENDENCY',
  'BCNF_NON_KEY_DETERMINANT',
  'SUGGESTED_COPIED_ATTRIBUTE',
  'SUGGESTED_ZIP_DEPENDENCY',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing the normalization check has to say about a table.
 *
 * Findings from declared or key-implied dependencies are facts (`inferred: false`,
 * severity `error`). Findings guessed from names, types and relationships are
 * suggestions (`inferred: true`), always with a `confidence` in (0, 1] and the
 * `reason` for the guess, and never above `warning`.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly tableId: string;
  /** The columns the finding is about: determinant then dependent for a dependency. */
  readonly columnIds: string[];
  readonly dependency: { readonly determinant: string[]; readonly dependent: string[] } | null;
  readonly normalForm: NormalForm | null;
  readonly message: string;
  readonly inferred: boolean;
  readonly confidence: number | null;
  readonly reason: string | null;
  readonly fix: Fix | null;
  /** Set when an entry of `doc.exceptions` accepts this finding; it then does not count as an error. */
  readonly accepted: boolean;
  readonly justification: string | null;
  readonly exceptionId: string | null;
}

export type FindingInput = Omit<Finding, 'accepted' | 'justification' | 'exceptionId' | 'inferred' | 'confidence' | 'reason' | 'fix' | 'dependency' | 'normalForm'>
  & Partial<Pick<Finding, 'confidence' | 'reason' | 'fix' | 'dependency' | 'normalForm'>>;

export function finding(input: FindingInput): Finding {
  const confidence = input.confidence ?? null;
  return {
    dependency: null, normalForm: null, reason: null, fix: null, ...input,
    confidence, inferred: confidence !== null,
    accepted: false, justification: null, exceptionId: null,
  };
}

/** `a, b and c` for messages. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** `(a, b)` for a column set, or the bare name for one column. */
export function columnSet(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `(${names.join(', ')})`;
}
