import type { ClientBase } from 'pg';
import { databaseErrorInfo, isDatabaseError } from './database-error';
import { fileLocation, scriptStatements, type ScriptStatement } from './statements';
import type { DatabaseErrorInfo, FailedStatement, StatementEvent } from './types';

export type ScriptOutcome =
  | { ok: true; durationMs: number; skipped: boolean }
  | { ok: false; durationMs: number; database: DatabaseErrorInfo; statement?: FailedStatement };

/** Which script runs, for progress events and error locations. */
export interface ScriptInfo {
  readonly version: number;
  readonly fileName: string;
  readonly direction: 'up' | 'down';
  readonly sql: string;
  readonly onStatement?: (event: StatementEvent) => void;
}

/**
 * Runs one script in its own transaction, statement by statement (so progress
 * can be streamed and a failure names its statement and file position).
 * `guard` runs first inside the transaction and may say the work was already
 * done (another runner got there first); `record` runs after the script, in the
 * same transaction, so the history row commits or rolls back together with the
 * change it describes.
 */
export async function runInTransaction(
  client: ClientBase,
  script: ScriptInfo,
  steps: { guard: () => Promise<boolean>; record: (durationMs: number) => Promise<void>; session?: readonly string[] },
): Promise<ScriptOutcome> {
  await client.query('BEGIN');
  let started = performance.now();
  try {
    if (!(await steps.guard())) {
      await client.query('COMMIT');
      return { ok: true, durationMs: 0, skipped: true };
    }
    for (const sql of steps.session ?? []) await client.query(sql);
    started = performance.now();
    const failure = await runStatements(client, script);
    if (failure) {
      await rollbackQuietly(client);
      return { ...failure, durationMs: performance.now() - started };
    }
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
 * A failure leaves the statements before it applied; an index a failed
 * concurrent build left INVALID is dropped (`cleanedUp` names it).
 */
export async function runWithoutTransaction(client: ClientBase, script: ScriptInfo, session: readonly string[] = []): Promise<ScriptOutcome> {
  for (const sql of session) await client.query(sql);
  const invalidBefore = await invalidIndexes(client);
  const started = performance.now();
  const failure = await runStatements(client, script);
  if (!failure) return { ok: true, durationMs: performance.now() - started, skipped: false };
  const cleanedUp = await dropNewInvalidIndexes(client, invalidBefore).catch(() => []);
  return { ...failure, durationMs: performance.now() - started, statement: failure.statement && { ...failure.statement, cleanedUp } };
}

/** Dry run: report each statement of a script that must not run inside the rehearsal transaction. */
export function reportWouldRun(script: ScriptInfo): void {
  const statements = scriptStatements(script.sql);
  statements.forEach((s, i) => script.onStatement?.({ ...eventBase(script, s, i, statements.length), status: 'would_run', durationMs: 0 }));
}

/** Runs the statements in order; the first database error stops it and is returned with its location. */
export async function runStatements(client: ClientBase, script: ScriptInfo): Promise<Extract<ScriptOutcome, { ok: false }> | null> {
  const statements = scriptStatements(script.sql);
  for (const [i, statement] of statements.entries()) {
    const base = eventBase(script, statement, i, statements.length);
    script.onStatement?.({ ...base, status: 'started', durationMs: 0 });
    const t0 = performance.now();
    try {
      await client.query(statement.sql);
    } catch (error) {
      if (!isDatabaseError(error)) throw error;
      const durationMs = performance.now() - t0;
      const database = databaseErrorInfo(error);
      script.onStatement?.({ ...base, status: 'failed', durationMs, error: database.message });
      const { line, column } = fileLocation(script.sql, statement.offset, database.position);
      return {
        ok: false, durationMs, database,
        statement: { index: i + 1, count: statements.length, sql: statement.sql, line, column, cleanedUp: [] },
      };
    }
    script.onStatement?.({ ...base, status: 'done', durationMs: performance.now() - t0 });
  }
  return null;
}

function eventBase(script: ScriptInfo, statement: ScriptStatement, index: number, count: number) {
  return { version: script.version, fileName: script.fileName, direction: script.direction, index: index + 1, count, sql: statement.sql };
}

async function invalidIndexes(client: ClientBase): Promise<Set<number>> {
  const result = await client.query<{ oid: number }>('SELECT indexrelid::int AS oid FROM pg_index WHERE NOT indisvalid');
  return new Set(result.rows.map((r) => r.oid));
}

/** `DROP INDEX CONCURRENTLY IF EXISTS` for each index that became INVALID during the failed script. */
async function dropNewInvalidIndexes(client: ClientBase, before: ReadonlySet<number>): Promise<string[]> {
  const result = await client.query<{ oid: number; name: string }>(
    `SELECT i.indexrelid::int AS oid, format('%I.%I', n.nspname, c.relname) AS name
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT i.indisvalid`);
  const dropped: string[] = [];
  for (const row of result.rows.filter((r) => !before.has(r.oid))) {
    await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${row.name}`);
    dropped.push(row.name);
  }
  return dropped;
}

export async function rollbackQuietly(client: ClientBase): Promise<void> {
  try {
    await client.query('ROLLBACK');
  } catch {
    // The connection is broken; the server rolls the transaction back when the session ends.
  }
}
