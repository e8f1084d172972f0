import type { ClientBase } from 'pg';
import { splitStatements } from '../../migrations/split';
import { databaseErrorInfo, isDatabaseError } from './database-error';
import type { DatabaseErrorInfo } from './types';

export type ScriptOutcome =
  | { ok: true; durationMs: number; skipped: boolean }
  | { ok: false; durationMs: number; database: DatabaseErrorInfo; statement?: { index: number; count: number } };

/**
 * Runs one script in its own transaction. `guard` runs first inside the
 * transaction and may say the work was already done (another runner got there
 * first); `record` runs after the script, in the same transaction, so the
 * history row commits or rolls back together with the change it describes.
 */
export async function runInTransaction(
  client: ClientBase,
  sql: string,
  steps: { guard: () => Promise<boolean>; record: (durationMs: number) => Promise<void> },
): Promise<ScriptOutcome> {
  await client.query('BEGIN');
  let started = performance.now();
  try {
    if (!(await steps.guard())) {
      await client.query('COMMIT');
      return { ok: true, durationMs: 0, skipped: true };
    }
    started = performance.now();
    // No parameters: the simple query protocol, which accepts a multi-statement script.
    await client.query(sql);
    const durationMs = performance.now() - started;
    await steps.record(durationMs);
    await client.query('COMMIT');
    return { ok: true, durationMs, skipped: false };
  } catch (error) {
    await rollbackQuietly(client);
    if (!isDatabaseError(error)) throw error;
    return { ok: false, durationMs: performance.now() - started, database: databaseErrorInfo(error) };
  }
}

/**
 * Runs a script marked `-- tablecraft:no-transaction` one statement at a time,
 * outside any transaction (a multi-statement query would be an implicit
 * transaction block, where `CREATE INDEX CONCURRENTLY` refuses to run).
 * A failure leaves the statements before it applied; the outcome says which
 * statement failed.
 */
export async function runWithoutTransaction(client: ClientBase, sql: string): Promise<ScriptOutcome> {
  const statements = splitStatements(sql);
  const started = performance.now();
  for (const [index, statement] of statements.entries()) {
    try {
      await client.query(statement);
    } catch (error) {
      if (!isDatabaseError(error)) throw error;
      return {
        ok: false,
        durationMs: performance.now() - started,
        database: databaseErrorInfo(error),
        statement: { index: index + 1, count: statements.length },
      };
    }
  }
  return { ok: true, durationMs: performance.now() - started, skipped: false };
}

async function rollbackQuietly(client: ClientBase): Promise<void> {
  try {
    await client.query('ROLLBACK');
  } catch {
    // The connection is broken; the server rolls the transaction back when the session ends.
  }
}
