import { err, ok } from '../../result';
import type { ApiFailure, ApiResult, ClientErrorCode } from '../api';
import { sendToSignIn } from '../auth/navigation';

/**
 * One JSON request, answered like `lib/client/api.ts`: a Result, never a
 * rejection; the server's error body (with its code, e.g. `owner_required`) on
 * failure; status 0 with `network_error` when the server was not reached.
 */
export async function sendJson(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<unknown>> {
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
  if (response.ok) return ok(json);
  // Like lib/client/api.ts: without a session (or a live link) the page can do nothing but ask to sign in.
  if (response.status === 401) sendToSignIn();
  const error = (json as { error?: ApiFailure['error'] } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') return err({ status: response.status, error });
  return failure(response.status, 'bad_response', `The server answered ${response.status} without an error message.`);
}

export function failure(status: number, code: ClientErrorCode, message: string): ApiResult<never> {
  return err({ status, error: { code, message } });
}
