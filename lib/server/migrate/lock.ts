import type { ClientBase } from 'pg';
import type { HistoryTable } from './history';

export interface LockOptions {
  /** Give up after this long; undefined waits as long as it takes. */
  readonly timeoutMs?: number;
  readonly onWait?: (holder: string) => void;
}

export class LockTimeoutError extends Error {
  constructor(readonly holder: string, timeoutMs: number) {
    super(`another migration run holds the lock and did not finish within ${Math.round(timeoutMs / 1000)} s: ${holder}; wait for it to finish (or end that session) and retry`);
    this.name = 'LockTimeoutError';
  }
}

const POLL_MS = 200;

/**
 * Runs `work` while holding a session-level advisory lock for one migration scope
 * on this connection, so two runs never interleave: the second waits, then
 * finds nothing pending. Session-level (not transaction-level) because the run
 * spans many transactions and statements that must run outside any. The key is
 * hashed from the history table and scope, so different sets and different
 * history tables never block each other. With a timeout, the lock is polled and
 * a run that gives up names the session holding it (pg_locks + pg_stat_activity).
 *
 * On PGlite every connection shares one backend session, so this lock does not
 * keep out a second runner of the same process. Transactional migrations are
 * still applied once there (each is re-checked inside its own transaction, and
 * PGlite runs one open transaction at a time); a PGlite data folder belongs to
 * one process (see db/data-dir-lock.ts) and the app runs its migrations once.
 */
export async function withMigrationLock<T>(
  client: ClientBase,
  history: HistoryTable,
  scope: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const key = `tablecraft.migrate:${history.schema}.${history.table}:${scope}`;
  if (options.timeoutMs === undefined && !options.onWait) {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
  } else {
    await pollLock(client, key, options);
  }
  try {
    return await work();
  } finally {
    // The connection may be gone (which releases the lock anyway); keep the
    // error that explains what happened, not the unlock's.
    await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch(() => undefined);
  }
}

async function pollLock(client: ClientBase, key: string, options: LockOptions): Promise<void> {
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [key]);
    if (got.rows[0]?.ok) return;
    if (!told) {
      told = true;
      options.onWait?.(await lockHolder(client, key));
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(await lockHolder(client, key), options.timeoutMs ?? 0);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Who holds the advisory lock for `key`: pid, user, application, client address and since when. */
export async function lockHolder(client: ClientBase, key: string): Promise<string> {
  const result = await client.query<{ pid: number; usename: string | null; application_name: string | null; client_addr: string | null; since: string | null }>(
    `SELECT a.pid, a.usename, a.application_name, a.client_addr::text AS client_addr, to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS') AS since
     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.pid <> pg_backend_pid()
       AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended($1, 0)
     LIMIT 1`, [key]);
  const row = result.rows[0];
  if (!row) return 'a session that has since released it';
  const app = row.application_name ? ` (${row.application_name})` : '';
  return `session pid ${row.pid}, user ${row.usename ?? '?'}${app}${row.client_addr ? ` from ${row.client_addr}` : ''}`;
}
