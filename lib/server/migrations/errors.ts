import { describeErrors, type DdlError } from '../../ddl';
import type { PoolingProblem } from '../../pooling';
import { errorResponse } from '../http';

/** The generator refused the document: 422 with one problem per object at fault, named as the user sees it. */
export function generationErrorResponse(errors: readonly DdlError[]): Response {
  const first = describeErrors(errors.slice(0, 1));
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return errorResponse({
    code: 'invalid_document',
    message: `the diagram cannot be turned into migrations: ${first}${more}`,
    problems: errors.map((e) => ({ path: e.object, message: e.message })),
  });
}

/** The workload does not fit the server (or a password problem): 422 with the workload path of each problem. */
export function poolingErrorResponse(problems: readonly PoolingProblem[]): Response {
  const [first] = problems;
  return errorResponse({
    code: 'invalid_document',
    message: `the connection pool cannot be sized for this workload${first ? `: ${first.path}: ${first.message}` : ''}`,
    problems: problems.map((p) => ({ path: `workload.${p.path}`, message: p.message })),
  });
}
