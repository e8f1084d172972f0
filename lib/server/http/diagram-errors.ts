import { documentProblems } from '../../model/parse';
import type { DiagramError } from '../diagrams/errors';
import { summarize, toApiProblems } from './problems';
import { errorResponse } from './responses';

/** Maps each expected failure of the diagram service to its HTTP answer. */
export function diagramErrorResponse(error: DiagramError): Response {
  switch (error.kind) {
    case 'not_found':
      return errorResponse({ code: 'not_found', message: error.message });
    case 'stale_revision':
      return errorResponse({ code: 'stale_revision', message: error.message, currentRevision: error.currentRevision });
    case 'unknown_template':
      return errorResponse({
        code: 'invalid_request',
        message: error.message,
        problems: [{ path: 'templateId', message: error.message }],
      });
    case 'unsupported_version': {
      const problems = toApiProblems(documentProblems(error), '(document)');
      return errorResponse({ code: 'unsupported_version', message: error.message, problems });
    }
    case 'not_a_document':
    case 'invalid_document': {
      const problems = toApiProblems(documentProblems(error), '(document)');
      return errorResponse({ code: 'invalid_document', message: summarize('the diagram document is not valid', problems), problems });
    }
  }
}
