import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { DiagramDocument } from './document';
import type { DocumentProblem } from './problems';
import { upgradeDocument, type UpgradeError } from './upgrade';
import { validateReferences } from './validate';

export type DocumentError =
  | UpgradeError
  | { kind: 'invalid_document'; message: string; problems: DocumentProblem[] };

type Path = DocumentProblem['path'];

/**
 * Turns zod's issues into problems a person can act on. Most zod messages are
 * already ours (see the schemas); the generic ones for a missing field, an
 * unknown field and a bad record key are rewritten to say what and where.
 */
export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[]): DocumentProblem[] {
  return issues.flatMap((issue): DocumentProblem[] => {
    const path: Path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const field = path.at(-1);
    switch (issue.code) {
      case 'unrecognized_keys':
        // One problem per key, pointing at the key itself. Unknown fields are
        // rejected rather than dropped, so a typo never silently loses data.
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `unknown field "${key}": not part of the Tablecraft document format (misspelled, or written by a newer version?)`,
        }));
      case 'invalid_type':
        if ('input' in issue && issue.input === undefined) {
          return [{ path, message: `required field ${typeof field === 'string' ? `"${field}" ` : ''}is missing (expected ${issue.expected})` }];
        }
        return [{ path, message: issue.message }];
      case 'invalid_key':
        return [{ path, message: `invalid key ${JSON.stringify(String(field))}: ${issue.issues.map((inner) => inner.message).join('; ')}` }];
      case 'invalid_union':
        if ('discriminator' in issue && typeof issue.discriminator === 'string') {
          const options = (issue as { options?: unknown[] }).options ?? [];
          return [{ path, message: `"${issue.discriminator}" must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}` }];
        }
        return [{ path, message: issue.message }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}

/**
 * The one way into the system for a diagram document from outside (API body, file,
 * share, import): upgrade old versions, check the shape, then the cross-references.
 * Nothing that fails here is ever stored.
 */
export function parseDocument(raw: unknown): Result<DiagramDocument, DocumentError> {
  const upgraded = upgradeDocument(raw);
  if (!upgraded.ok) return upgraded;
  // reportInput lets zodIssuesToProblems tell a missing field from a wrong one.
  const shaped = DiagramDocument.safeParse(upgraded.value, { reportInput: true });
  if (!shaped.success) {
    const problems = zodIssuesToProblems(shaped.error.issues);
    return err({ kind: 'invalid_document', message: summarize(problems), problems });
  }
  const problems = validateReferences(shaped.data);
  if (problems.length > 0) return err({ kind: 'invalid_document', message: summarize(problems), problems });
  return ok(shaped.data);
}

/** Every problem of a failed parse as path + message, including a version or format error. */
export function documentProblems(error: DocumentError): DocumentProblem[] {
  return error.kind === 'invalid_document' ? error.problems : [{ path: error.path, message: error.message }];
}

function summarize(problems: DocumentProblem[]): string {
  const count = problems.length;
  return `the diagram document has ${count} problem${count === 1 ? '' : 's'}`;
}
