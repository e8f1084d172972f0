import { applyAdvisorFix } from '../advisor/fix';
import type { AdvisorFix } from '../advisor/findings';
import { decompositionMigration, upStatements, type DecompositionStep } from '../ddl/decompose';
import { describeErrors, type DdlError } from '../ddl/errors';
import { migrationStatements } from '../ddl/generate';
import type { Statement } from '../ddl/statement';
import type { DiagramDocument } from '../model/document';
import { documentProblems, parseDocument } from '../model/parse';
import type { DocumentProblem } from '../model/problems';
import { applyFix } from '../normalization/fix';
import type { DocumentChange, Fix } from '../normalization/fix-types';
import { err, ok, type Result } from '../result';
import { isNormalizationFixKind } from './fix-schema';
import type { AnalysisFix } from './types';

export interface FixPreview {
  /** The diagram as it would be after the fix; nothing is stored. */
  readonly document: DiagramDocument;
  /**
   * The migration from the current document to `document`. For normalization
   * fixes the data-moving one (copy the values, then drop the columns; see
   * `lib/ddl/decompose`), all steps in order; otherwise the plain schema diff.
   */
  readonly statements: Statement[];
  /** For normalization fixes, the same statements split at transaction boundaries, each step with its DOWN. Null for advisor fixes. */
  readonly steps: readonly DecompositionStep[] | null;
  /**
   * For normalization fixes, what moved where (new table, moved columns, foreign
   * key): what a data-moving migration (`INSERT … SELECT DISTINCT`) needs. Null for advisor fixes.
   */
  readonly change: DocumentChange | null;
}

export type PreviewError =
  /** The diagram no longer has what the fix points at, or the fix does not fit it. */
  | { readonly kind: 'not_applicable'; readonly message: string }
  /** The fixed diagram fails validation: a bug in the fix, reported instead of returned. */
  | { readonly kind: 'invalid_result'; readonly message: string; readonly problems: DocumentProblem[] }
  /** The migration cannot be generated for the diagram's target version. */
  | { readonly kind: 'ddl'; readonly message: string; readonly errors: DdlError[] };

/** Applies a fix of either engine to a copy of `doc` and derives the migration it implies. */
export function previewAnalysisFix(doc: DiagramDocument, fix: AnalysisFix): Result<FixPreview, PreviewError> {
  const applied = isNormalizationFixKind(fix.kind) ? normalizationFix(doc, fix as Fix) : advisorFix(doc, fix as AdvisorFix);
  if (!applied.ok) return applied;
  const { document, change } = applied.value;
  if (change) {
    const migration = decompositionMigration(doc, document, change);
    if (!migration.ok) return err({ kind: 'ddl', message: describeErrors(migration.error), errors: migration.error });
    // The migration's document may add an index on the new foreign key; the preview shows (and the client saves) that one.
    return ok({ document: migration.value.document, change, statements: upStatements(migration.value), steps: migration.value.steps });
  }
  const statements = migrationStatements(doc, document);
  if (!statements.ok) return err({ kind: 'ddl', message: describeErrors(statements.error), errors: statements.error });
  return ok({ document, change, statements: statements.value, steps: null });
}

type Applied = Result<{ document: DiagramDocument; change: DocumentChange | null }, PreviewError>;

function normalizationFix(doc: DiagramDocument, fix: Fix): Applied {
  const outcome = applyFix(doc, fix);
  if (outcome.ok) return ok({ document: outcome.value.document, change: outcome.value.change });
  const e = outcome.error;
  return e.kind === 'invalid_result' ? err(e) : err({ kind: 'not_applicable', message: e.message });
}

function advisorFix(doc: DiagramDocument, fix: AdvisorFix): Applied {
  const outcome = applyAdvisorFix(doc, fix);
  if (!outcome.ok) return err({ kind: 'not_applicable', message: outcome.error.message });
  // The advisor's fixes do not re-validate; a preview must never hand out a document the app would refuse.
  const parsed = parseDocument(outcome.value);
  if (!parsed.ok) {
    const problems = documentProblems(parsed.error);
    return err({ kind: 'invalid_result', message: `the fixed diagram is not valid: ${problems.map((p) => p.message).join('; ')}`, problems });
  }
  return ok({ document: parsed.value, change: null });
}
