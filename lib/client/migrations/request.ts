import { ok } from '../../result';
import type { ApiFailure, ApiResult } from '../api';
import { failure, sendJson } from '../send-json';

/**
 * JSON requests for the migrations and pooling pages, answering like
 * `lib/client/api.ts`: a Result, never a rejection; the server's error body on
 * failure. A successful answer must carry `key`, or it is a `bad_response`.
 */
export async function requestJson<T>(method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<ApiResult<T>> {
  const answer = await sendJson(method, path, body);
  if (!answer.ok) return answer;
  const record = (typeof answer.value === 'object' && answer.value !== null ? answer.value : {}) as Record<string, unknown>;
  return key in record ? ok(record[key] as T) : failure(200, 'bad_response', `The server's answer to ${method} ${path} has no "${key}".`);
}

/** One line for the person: the message, plus where, when the server said. */
export function describeFailure(failure: ApiFailure): string {
  const problems = failure.error.problems ?? [];
  if (problems.length <= 1) return failure.error.message;
  return `${failure.error.message}\n${problems.map((p) => `• ${p.path}: ${p.message}`).join('\n')}`;
}
