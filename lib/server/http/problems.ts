import type { z } from 'zod';
import { zodIssuesToProblems } from '../../model/parse';
import { formatPath, type DocumentProblem } from '../../model/problems';
import { err, ok, type Result } from '../../result';
import type { ApiError } from './responses';

export interface ApiProblem {
  path: string;
  message: string;
}

/** `tables[2].columns[0].name`; the root is named after what was checked. */
export function toApiProblems(problems: readonly DocumentProblem[], root: string): ApiProblem[] {
  return problems.map((p) => ({ path: p.path.length === 0 ? root : formatPath(p.path), message: p.message }));
}

/** A message that names the first problem, so a log line or a toast alone is useful. */
export function summarize(lead: string, problems: readonly ApiProblem[]): string {
  const [first] = problems;
  if (!first) return lead;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${lead}: ${first.path}: ${first.message}${more}`;
}

/** Checks a parsed JSON body against a request schema; every problem comes back with its path. */
export function parseRequest<S extends z.ZodType>(schema: S, body: unknown): Result<z.output<S>, ApiError> {
  const parsed = schema.safeParse(body, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const allowed = fieldsOf(schema);
  const problems = toApiProblems(parsed.error.issues.flatMap((issue): DocumentProblem[] => {
    if (issue.code !== 'unrecognized_keys') return zodIssuesToProblems([issue]);
    // Said here rather than by the document's wording: this is a request body.
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown field "${key}"${path.length === 0 && allowed ? ` (this request takes ${allowed})` : ''}`,
    }));
  }), '(body)');
  return err({ code: 'invalid_request', message: summarize('the request body is not valid', problems), problems });
}

/** `name, templateId, document, duplicateOf` for an object schema, for messages. */
function fieldsOf(schema: z.ZodType): string | null {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape && typeof shape === 'object' ? Object.keys(shape).join(', ') : null;
}
