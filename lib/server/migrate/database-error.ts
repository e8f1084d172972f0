import type { DatabaseErrorInfo } from './types';

/**
 * True for an error PostgreSQL itself reported (it carries a SQLSTATE), as opposed
 * to a lost connection or a bug: only the former is the migration's fault.
 */
export function isDatabaseError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

export function databaseErrorInfo(error: Error & { code: string }): DatabaseErrorInfo {
  const extra = error as { detail?: unknown; hint?: unknown; position?: unknown };
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    code: error.code,
    message: error.message,
    detail: text(extra.detail),
    hint: text(extra.hint),
    position: text(extra.position),
  };
}
