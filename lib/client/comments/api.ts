import type { ThreadDto, ThreadListDto } from '../../api/comment-dto';
import { ok } from '../../result';
import type { ApiResult } from '../api';
import { failure, sendJson, type JsonMethod } from '../send-json';

/**
 * The browser's client for `/api/diagrams/:id/comments/**`. Like
 * `lib/client/api.ts`, every call resolves (never rejects) to a Result.
 */
export interface CommentsApi {
  list(diagramId: string): Promise<ApiResult<ThreadListDto>>;
  startThread(diagramId: string, input: { tableId: string; columnId: string | null; body: string }): Promise<ApiResult<ThreadDto>>;
  reply(diagramId: string, commentId: string, body: string): Promise<ApiResult<ThreadDto>>;
  edit(diagramId: string, commentId: string, body: string): Promise<ApiResult<ThreadDto>>;
  remove(diagramId: string, commentId: string): Promise<ApiResult<null>>;
  resolve(diagramId: string, commentId: string): Promise<ApiResult<ThreadDto>>;
  reopen(diagramId: string, commentId: string): Promise<ApiResult<ThreadDto>>;
}

const enc = encodeURIComponent;
const threadsPath = (diagramId: string) => `/api/diagrams/${enc(diagramId)}/comments`;
const commentPath = (diagramId: string, commentId: string) => `${threadsPath(diagramId)}/${enc(commentId)}`;
const thread = (answer: ApiResult<Record<string, unknown>>): ApiResult<ThreadDto> => pick(answer, 'thread');

export const commentsApi: CommentsApi = {
  list: async (diagramId) => {
    const answer = await send('GET', threadsPath(diagramId));
    if (!answer.ok) return answer;
    const { threads, permissions } = answer.value;
    return Array.isArray(threads) && typeof permissions === 'object' && permissions !== null
      ? ok({ threads, permissions } as ThreadListDto)
      : failure(200, 'bad_response', 'The server’s list of comments was not understood.');
  },
  startThread: async (diagramId, input) => thread(await send('POST', threadsPath(diagramId), input)),
  reply: async (diagramId, commentId, body) => thread(await send('POST', `${commentPath(diagramId, commentId)}/replies`, { body })),
  edit: async (diagramId, commentId, body) => thread(await send('PATCH', commentPath(diagramId, commentId), { body })),
  remove: async (diagramId, commentId) => {
    const answer = await send('DELETE', commentPath(diagramId, commentId));
    return answer.ok ? ok(null) : answer;
  },
  resolve: async (diagramId, commentId) => thread(await send('POST', `${commentPath(diagramId, commentId)}/resolve`)),
  reopen: async (diagramId, commentId) => thread(await send('POST', `${commentPath(diagramId, commentId)}/reopen`)),
};

function pick<T>(answer: ApiResult<Record<string, unknown>>, key: string): ApiResult<T> {
  if (!answer.ok) return answer;
  const found = answer.value[key];
  return typeof found === 'object' && found !== null ? ok(found as T) : failure(200, 'bad_response', `The server’s answer has no "${key}".`);
}

async function send(method: JsonMethod, path: string, body?: unknown): Promise<ApiResult<Record<string, unknown>>> {
  const answer = await sendJson(method, path, body);
  if (!answer.ok) return answer;
  return ok((typeof answer.value === 'object' && answer.value !== null ? answer.value : {}) as Record<string, unknown>);
}
