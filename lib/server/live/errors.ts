import { redact } from './redact';

/** Why a live database could not be reached or used, in words a person can act on. No credentials. */
export interface LiveError {
  readonly kind: 'invalid_url' | 'unreachable' | 'auth_failed' | 'no_database' | 'timeout' | 'connection_lost' | 'database_error';
  readonly message: string;
  /** SQLSTATE when PostgreSQL reported it. */
  readonly code?: string;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET']);

/** Maps a `pg` connect/query error to a LiveError, with every secret redacted. */
export function liveError(error: unknown, where: string, secrets: readonly string[]): LiveError {
  const raw = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const text = (message: string) => redact(message, secrets);
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    return { kind: 'unreachable', message: text(`cannot reach ${where}: ${raw} (${code}); check the host, the port and that the server accepts connections from here`) };
  }
  if (code === '28P01' || code === '28000') {
    return { kind: 'auth_failed', code, message: text(`${where} refused the login: ${raw}; check the user name and password`) };
  }
  if (code === '3D000') return { kind: 'no_database', code, message: text(`${where}: ${raw}`) };
  if (/timeout/i.test(raw)) return { kind: 'timeout', message: text(`${where} did not answer in time: ${raw}`) };
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    if (code.startsWith('57P') || code.startsWith('08')) return { kind: 'connection_lost', code, message: text(`lost the connection to ${where}: ${raw}`) };
    return { kind: 'database_error', code, message: text(`${where}: ${raw}`) };
  }
  if (/terminat|closed|not queryable|ended/i.test(raw)) return { kind: 'connection_lost', message: text(`lost the connection to ${where}: ${raw}`) };
  return { kind: 'unreachable', message: text(`cannot use ${where}: ${raw}`) };
}

/** True for errors that mean the session is gone (killed, server restart, network). */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('57P') || code.startsWith('08') || NETWORK_CODES.has(code))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|Client has encountered a connection error|not queryable|Client was closed/i.test(message);
}
