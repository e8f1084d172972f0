import { err, ok, type Result } from '../../result';
import type { ApiError } from '../http/responses';
import type { Principal } from './types';

/**
 * Routes about the requester's own account and workspaces: a signed-in person,
 * or the local owner in open mode (userId null). Share-link visitors have no account.
 */
export function accountOf(principal: Principal): Result<{ userId: string | null }, ApiError> {
  if (principal.kind === 'share') return err({ code: 'forbidden', message: 'a share link opens one diagram only: sign in, or sign up, to have workspaces' });
  return ok({ userId: principal.kind === 'user' ? principal.userId : null });
}
