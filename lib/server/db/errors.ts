/**
 * The database cannot be reached or refused us (down, wrong address, bad
 * credentials, data folder in use). The HTTP edge answers 503 with this message,
 * which says what to check and never contains a credential.
 */
export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** Socket errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/**
 * SQLSTATEs that mean "the database, not the request": connection exceptions
 * (class 08), shutdown and start-up (57P01–57P03), too many connections, invalid
 * credentials and a missing database.
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-3]|53300|28000|28P01|3D000)$/;
/** Prisma's codes for the same situations (P1xxx: connection; P2024: pool timeout). */
const PRISMA_UNAVAILABLE = /^(P1000|P1001|P1002|P1003|P1008|P1010|P1011|P1017|P2024)$/;
/** Kinds the Prisma driver adapter reports for the same situations. */
const ADAPTER_UNAVAILABLE = new Set([
  'DatabaseNotReachable', 'DatabaseDoesNotExist', 'DatabaseAccessDenied', 'AuthenticationFailed',
  'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError',
]);

/** True when an error (or one of its causes) says the database is unreachable rather than that the request is wrong. */
export function isStorageUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    if (current instanceof StorageUnavailableError) return true;
    if (typeof current !== 'object') return false;
    const { code, kind, cause, message } = current as { code?: unknown; kind?: unknown; cause?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code) || PRISMA_UNAVAILABLE.test(code))) return true;
    if (typeof kind === 'string' && ADAPTER_UNAVAILABLE.has(kind)) return true;
    if (typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)) return true;
    current = cause;
  }
  return false;
}
