import { err, ok } from '../result';
import type { ApiFailure, ApiResult, ClientErrorCode } from './api';
import { sendToSignIn } from './auth/navigation';

export type JsonMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendJsonOptions {
  /**
   * What a 401 means. Default: the session ended or access control just turned
   * on, so the page goes to /sign-in and back. The account pages pass false: a
   * 401 there is an answer to show (a wrong password).
   */
  readonly signInOn401?: boolean;
}

/**
 * One JSON request from the browser: a Result, never a rejection; the parsed
 * body on success (undefined when empty); the server's error body (with its
 * code, message and problems) on failure; status 0 and `network_error` when the
 * server was not reached. `lib/client/api.ts` validates answers with zod on top
 * of its own copy; the feature clients (accounts, sharing, history, comments,
 * migrations) share this one.
 */
export async function sendJson(method: JsonMethod, path: string, body?: unknown, options: SendJsonOptions = {}): Promise<ApiResult<unknown>> {
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
  const json = parseJson(await response.text().catch(() => ''));
  if (response.ok) return ok(json);
  if (response.status === 401 && options.signInOn401 !== false) sendToSignIn();
  const error = (json as { error?: Partial<ApiFailure['error']> } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return err({ status: response.status, error: error as ApiFailure['error'] });
  }
  return failure(response.status, 'bad_response', `The server answered ${response.status} without an error message.`);
}

export function failure(status: number, code: ClientErrorCode, message: string): ApiResult<never> {
  return err({ status, error: { code, message } });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
