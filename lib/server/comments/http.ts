import type { CommentPermissions } from '../../api/comment-dto';
import { roleAllows, type DiagramAccess } from '../auth/types';
import { errorResponse } from '../http/responses';
import type { CommentError } from './errors';

/** Maps each expected failure of the comment service to its HTTP answer. */
export function commentErrorResponse(error: CommentError): Response {
  switch (error.kind) {
    case 'not_found':
      return errorResponse({ code: 'not_found', message: error.message });
    case 'forbidden':
      return errorResponse({ code: 'forbidden', message: error.message });
    case 'unknown_target':
      return errorResponse({ code: 'invalid_request', message: error.message, problems: [{ path: error.field, message: error.message }] });
    case 'invalid_body':
      return errorResponse({ code: 'invalid_request', message: error.message, problems: [{ path: 'body', message: error.message }] });
  }
}

/** What the requester may do with comments, sent with the list so the UI offers only what works. */
export function commentPermissions(access: DiagramAccess): CommentPermissions {
  return { comment: roleAllows(access.role, 'comment'), moderate: roleAllows(access.role, 'manage') };
}
