import type { ThreadDto, ThreadListDto } from '../../api/comment-dto';
import { err, ok } from '../../result';
import type { ApiFailure, ApiResult, ClientErrorCode } from '../api';

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

async function send(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<Record<string, unknown>>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (cause) {
    return failure(0, 'network_error', `Could not reach the Tablecraft server (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
  const json: unknown = await response.json().catch(() => undefined);
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (response.ok) return ok(record);
  const error = record.error as ApiFailure['error'] | undefined;
  if (error && typeof error.message === 'string' && typeof error.code === 'string') return err({ status: response.status, error });
  return failure(response.status, 'bad_response', `The server answered ${response.status} without an error message.`);
}

function failure(status: number, code: ClientErrorCode, message: string): ApiResult<never> {
  return err({ status, error: { code, message } });
}
