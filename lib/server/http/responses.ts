import type { ApiErrorBody, ApiErrorCode } from '../../api/dto';

/** The HTTP status of each error code; docs/api.md lists the same table. */
export const STATUS_OF: Readonly<Record<ApiErrorCode, number>> = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_document: 422,
  unsupported_version: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  stale_revision: 409,
  conflict: 409,
  too_many_requests: 429,
  owner_required: 409,
  storage_unavailable: 503,
  internal: 500,
};

export type ApiError = ApiErrorBody['error'];

export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}

export function errorResponse(error: ApiError, headers?: Record<string, string>): Response {
  const body: ApiErrorBody = { error };
  return json(body, STATUS_OF[error.code], headers);
}
