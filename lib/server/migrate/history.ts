import type { ClientBase } from 'pg';
import type { HistoryEntry } from '../../migrations/plan';
import type { ChecksummedMigration } from '../../migrations/types';
import { ident, qualified } from '../../sql/quote';
import type { MigrateOptions } from './types';

export const DEFAULT_HISTORY_SCHEMA = 'tablecraft_meta';
export const DEFAULT_HISTORY_TABLE = 'migration_history';

/** The history table's location, quoted once here so no caller builds these names itself. */
export interface HistoryTable {
  readonly schema: string;
  readonly table: string;
  /** `"schema"."table"` */
  readonly sql: string;
}

export function historyTable(options: MigrateOptions): HistoryTable {
  const schema = options.historySchema ?? DEFAULT_HISTORY_SCHEMA;
  const table = options.historyTable ?? DEFAULT_HISTORY_TABLE;
  return { schema, table, sql: qualified(schema, table) };
}

/**
 * Creates the history schema and table when missing. Existence is checked first so
 * a role that may not create schemas still works against a prepared database.
 * `success = false` rows record failed attempts (with the database's message),
 * so the history tells what happened, not only what worked.
 */
export async function ensureHistoryTable(client: ClientBase, history: HistoryTable): Promise<void> {
  if (await historyExists(client, history)) {
    // Tables made before backups were recorded get the column (once).
    const column = await client.query('SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = \'backup\' AND NOT attisdropped', [history.sql]);
    if (column.rows.length === 0) await client.query(`ALTER TABLE ${history.sql} ADD COLUMN IF NOT EXISTS backup text`);
    return;
  }
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(history.schema)}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${history.sql} (
  scope          text        NOT NULL,
  version        integer     NOT NULL,
  name           text        NOT NULL,
  checksum       text        NOT NULL,
  chain_checksum text        NOT NULL,
  applied_at     timestamptz NOT NULL DEFAULT now(),
  duration_ms    integer     NOT NULL,
  applied_by     text        NOT NULL DEFAULT current_user,
  success        boolean     NOT NULL,
  error          text,
  backup         text,
  PRIMARY KEY (scope, version)
)`);
}

interface HistoryRow {
  version: number;
  name: string;
  checksum: string;
  chain_checksum: string;
  success: boolean;
}

export async function historyExists(client: ClientBase, history: HistoryTable): Promise<boolean> {
  const found = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [history.sql]);
  return found.rows[0]?.exists === true;
}

/** The scope's rows; none when the history table does not exist yet (nothing was ever applied). */
export async function readHistory(client: ClientBase, history: HistoryTable, scope: string): Promise<HistoryEntry[]> {
  if (!(await historyExists(client, history))) return [];
  const result = await client.query<HistoryRow>(
    `SELECT version, name, checksum, chain_checksum, success FROM ${history.sql} WHERE scope = $1 ORDER BY version`,
    [scope],
  );
  return result.rows.map((row) => ({
    version: row.version,
    name: row.name,
    checksum: row.checksum,
    chainChecksum: row.chain_checksum,
    success: row.success,
  }));
}

/**
 * Locks and reads one version's row inside the caller's transaction. Runners check
 * again here because on PGlite every connection shares one session, so the
 * advisory lock does not keep two runners of one process apart, while open
 * transactions do.
 */
export async function lockedSuccess(client: ClientBase, history: HistoryTable, scope: string, version: number): Promise<boolean> {
  const result = await client.query<{ success: boolean }>(
    `SELECT success FROM ${history.sql} WHERE scope = $1 AND version = $2 FOR UPDATE`,
    [scope, version],
  );
  return result.rows[0]?.success === true;
}

/** Records an attempt; a retry after a failure overwrites the failure row. */
export async function recordAttempt(
  client: ClientBase,
  history: HistoryTable,
  scope: string,
  migration: ChecksummedMigration,
  outcome: { durationMs: number; error: string | null; backup?: string | null },
): Promise<void> {
  await client.query(
    `INSERT INTO ${history.sql} AS h (scope, version, name, checksum, chain_checksum, duration_ms, success, error, backup)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (scope, version) DO UPDATE SET
       name = EXCLUDED.name, checksum = EXCLUDED.checksum, chain_checksum = EXCLUDED.chain_checksum,
       applied_at = now(), duration_ms = EXCLUDED.duration_ms, applied_by = current_user,
       success = EXCLUDED.success, error = EXCLUDED.error, backup = coalesce(EXCLUDED.backup, h.backup)`,
    [scope, migration.version, migration.name, migration.checksum, migration.chainChecksum,
      Math.round(outcome.durationMs), outcome.error === null, outcome.error, outcome.backup ?? null],
  );
}

/**
 * Forgets a reverted migration. When the revert took a backup, the row stays
 * as a not-applied entry (success = false, which planning treats as pending)
 * so the history still says where the destroyed data went.
 */
export async function deleteEntry(client: ClientBase, history: HistoryTable, scope: string, version: number, backup: string | null = null): Promise<void> {
  if (backup === null) {
    await client.query(`DELETE FROM ${history.sql} WHERE scope = $1 AND version = $2`, [scope, version]);
    return;
  }
  await client.query(
    `UPDATE ${history.sql} SET success = false, applied_at = now(), applied_by = current_user,
       error = 'rolled back; data backed up in ' || $3, backup = $3 WHERE scope = $1 AND version = $2`,
    [scope, version, backup],
  );
}
