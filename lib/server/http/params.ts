import { DiagramIdParam, VersionParam } from '../../api/requests';
import { err, ok, type Result } from '../../result';
import type { ApiError } from './responses';

/** A malformed id names no diagram: it is a 404 like an unknown one, never a database error. */
export function diagramIdParam(raw: string): Result<string, ApiError> {
  return DiagramIdParam.safeParse(raw).success ? ok(raw) : err({ code: 'not_found', message: `no diagram with id "${raw}"` });
}

export function versionParam(id: string, raw: string): Result<number, ApiError> {
  const parsed = /^\d{1,10}$/.test(raw) ? VersionParam.safeParse(raw) : null;
  return parsed?.success && parsed.data <= 2_147_483_647
    ? ok(parsed.data)
    : err({ code: 'not_found', message: `diagram "${id}" has no version "${raw}"` });
}
