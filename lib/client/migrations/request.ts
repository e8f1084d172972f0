import { err, ok } from '../../result';
import type { ApiFailure, ApiResult, ClientErrorCode } from '../api';

/**
 * JSON requests for the migrations and pooling pages, answering like
 * `lib/client/api.ts`: a Result, never a rejection; the server's error body on
 * failure. A successful answer must carry `key`, or it is a `bad_response`.
 */
export async function requestJson<T>(method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<ApiResult<T>> {
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
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (response.ok) {
    return key in record ? ok(record[key] as T) : failure(response.status, 'bad_response', `The server's answer to ${method} ${path} has no "${key}".`);
  }
  const error = record.error as ApiFailure['error'] | undefined;
  if (error && typeof error.message === 'string' && typeof error.code === 'string') return err({ status: response.status, error });
  return failure(response.status, 'bad_response', `The server answered ${response.status} without an error message.`);
}

function failure(status: number, code: ClientErrorCode, message: string): ApiResult<never> {
  return err({ status, error: { code, message } });
}

/** One line for the person: the message, plus where, when the server said. */
export function describeFailure(failure: ApiFailure): string {
  const problems = failure.error.problems ?? [];
  if (problems.length <= 1) return failure.error.message;
  return `${failure.error.message}\n${problems.map((p) => `• ${p.path}: ${p.message}`).join('\n')}`;
}
