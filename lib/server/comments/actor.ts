import { roleAllows, type DiagramAccess } from '../auth/types';

/** The person acting on comments, as the service needs them. */
export interface CommentActor {
  /** Who may edit a comment later (the `author_key` column). */
  readonly key: string;
  readonly userId: string | null;
  readonly name: string;
  readonly mayComment: boolean;
  /** May delete anyone's comment. */
  readonly mayModerate: boolean;
}

/**
 * Link visitors have no user id, so authorship is keyed by the link: whoever
 * holds that link may edit what was written with it, as they could write it.
 */
export function commentActor(access: DiagramAccess): CommentActor {
  const { principal } = access;
  const key = principal.kind === 'user' ? `user:${principal.userId}`
    : principal.kind === 'share' ? `link:${principal.linkId}`
    : access.userId !== null ? `user:${access.userId}` : 'local';
  return {
    key,
    userId: access.userId,
    name: access.actorName,
    mayComment: roleAllows(access.role, 'comment'),
    mayModerate: roleAllows(access.role, 'manage'),
  };
}
