import { documentProblems, parseDocument, type DiagramDocument, type DocumentProblem } from '../model';
import { err, ok, type Result } from '../result';
import { decompose } from './fix-decompose';
import { dropCopiedColumns } from './fix-drop-copy';
import { extractValues } from './fix-extract';
import type { DocumentChange, Fix } from './fix-types';

export type FixError =
  | { kind: 'table_not_found'; message: string }
  | { kind: 'fix_not_applicable'; message: string }
  /** The changed document failed validation: a bug in the fix, reported rather than stored. */
  | { kind: 'invalid_result'; message: string; problems: DocumentProblem[] };

export interface FixOutcome {
  readonly document: DiagramDocument;
  readonly change: DocumentChange;
}

/**
 * Applies a finding's fix as a pure document change: the input is not touched,
 * the result has passed `parseDocument`, and `change` describes the step for
 * the migration generator (create, copy rows, add the foreign key, drop columns).
 */
export function applyFix(doc: DiagramDocument, fix: Fix): Result<FixOutcome, FixError> {
  const next = structuredClone(doc);
  const table = next.tables.find((t) => t.id === fix.tableId);
  if (!table) return err({ kind: 'table_not_found', message: `no table with id "${fix.tableId}" in the diagram` });
  const change = fix.kind === 'decompose' ? decompose(next, table, fix)
    : fix.kind === 'drop_copied_columns' ? dropCopiedColumns(next, table, fix)
      : extractValues(next, table, fix);
  if (typeof change === 'string') return err({ kind: 'fix_not_applicable', message: change });
  const parsed = parseDocument(next);
  if (!parsed.ok) {
    const problems = documentProblems(parsed.error);
    return err({ kind: 'invalid_result', message: `the fixed diagram is not valid: ${problems.map((p) => p.message).join('; ')}`, problems });
  }
  return ok({ document: parsed.value, change });
}
