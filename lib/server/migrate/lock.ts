import type { ClientBase } from 'pg';
import type { HistoryTable } from './history';

/**
 * Runs `work` while holding a session-level advisory lock for one migration scope
 * on this connection, so two app instances starting together apply each migration
 * once: the second waits, then finds nothing pending. Session-level (not
 * transaction-level) because the run spans many transactions and statements that
 * must run outside any. The key is hashed from the history table and scope, so
 * different sets and different history tables never block each other.
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
): Promise<T> {
  const key = `tablecraft.migrate:${history.schema}.${history.table}:${scope}`;
  const unlock = () => client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
  await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // The connection may be gone (which releases the lock anyway); keep the
    // first error, the one that explains what happened.
    await unlock().catch(() => undefined);
    throw error;
  }
  await unlock();
  return result;
}
