import type { ThreadDto } from '../../api/comment-dto';
import type { ListThreadsQuery } from '../../api/comment-requests';
import type { DiagramAccess } from '../auth/types';
import { getStorage } from '../db/singleton';
import { createCommentService, type CommentResult, type CommentService, type StartThreadInput } from './service';

export { createCommentService, type CommentService, type CommentResult, type StartThreadInput } from './service';
export { commentActor, type CommentActor } from './actor';
export { commentErrorResponse, commentPermissions } from './http';
export type { CommentError } from './errors';

/** One service per Storage (cached on it), like lib/server/diagrams. */
const services = new WeakMap<object, CommentService>();
async function service(): Promise<CommentService> {
  const storage = await getStorage();
  let found = services.get(storage);
  if (!found) {
    found = createCommentService(storage.db);
    services.set(storage, found);
  }
  return found;
}

export const listThreads = async (access: DiagramAccess, query?: Partial<ListThreadsQuery>): CommentResult<ThreadDto[]> => (await service()).listThreads(access, query);
export const startThread = async (access: DiagramAccess, input: StartThreadInput): CommentResult<ThreadDto> => (await service()).startThread(access, input);
export const replyToThread = async (access: DiagramAccess, commentId: string, body: string): CommentResult<ThreadDto> => (await service()).reply(access, commentId, body);
export const editComment = async (access: DiagramAccess, commentId: string, body: string): CommentResult<ThreadDto> => (await service()).edit(access, commentId, body);
export const deleteComment = async (access: DiagramAccess, commentId: string): CommentResult<void> => (await service()).remove(access, commentId);
export const resolveThread = async (access: DiagramAccess, commentId: string): CommentResult<ThreadDto> => (await service()).resolve(access, commentId);
export const reopenThread = async (access: DiagramAccess, commentId: string): CommentResult<ThreadDto> => (await service()).reopen(access, commentId);
