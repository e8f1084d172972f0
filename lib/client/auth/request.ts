import { err, ok } from '../../result';
import type { ApiResult, ClientErrorCode } from '../api';

/**
 * JSON requests of the account pages. Unlike lib/client/api.ts, a 401 here is
 * an answer to show (a wrong password), never a reason to go to /sign-in.
 */
export async function sendAuth(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<unknown>> {
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
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (response.ok) return ok(json);
  const error = (json as { error?: { code?: unknown; message?: unknown; problems?: { path: string; message: string }[] } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return err({ status: response.status, error: { code: error.code as ClientErrorCode, message: error.message, problems: error.problems } });
  }
  return failure(response.status, 'bad_response', `The server answered ${response.status} without an error message.`);
}

function failure(status: number, code: ClientErrorCode, message: string): ApiResult<never> {
  return err({ status, error: { code, message } });
}
