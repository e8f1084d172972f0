import type { ApiResult } from '../api';
import { sendJson, type JsonMethod } from '../send-json';

/**
 * JSON requests of the account pages. Unlike the other clients, a 401 here is
 * an answer to show (a wrong password), never a reason to go to /sign-in.
 */
export function sendAuth(method: JsonMethod, path: string, body?: unknown): Promise<ApiResult<unknown>> {
  return sendJson(method, path, body, { signInOn401: false });
}
