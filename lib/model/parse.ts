import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { DiagramDocument } from './document';
import type { DocumentProblem } from './problems';
import { upgradeDocument, type UpgradeError } from './upgrade';
import { validateReferences } from './validate';

export type DocumentError =
  | UpgradeError
  | { kind: 'invalid_document'; message: string; problems: DocumentProblem[] };

export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[]): DocumentProblem[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
}

/**
 * The one way into the system for a diagram document from outside (API body, file,
 * share, import): upgrade old versions, check the shape, then the cross-references.
 * Nothing that fails here is ever stored.
 */
export function parseDocument(raw: unknown): Result<DiagramDocument, DocumentError> {
  const upgraded = upgradeDocument(raw);
  if (!upgraded.ok) return upgraded;
  const shaped = DiagramDocument.safeParse(upgraded.value);
  if (!shaped.success) {
    const problems = zodIssuesToProblems(shaped.error.issues);
    return err({ kind: 'invalid_document', message: summarize(problems), problems });
  }
  const problems = validateReferences(shaped.data);
  if (problems.length > 0) return err({ kind: 'invalid_document', message: summarize(problems), problems });
  return ok(shaped.data);
}

function summarize(problems: DocumentProblem[]): string {
  const count = problems.length;
  return `the diagram document has ${count} problem${count === 1 ? '' : 's'}`;
}
