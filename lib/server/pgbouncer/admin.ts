import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { literal } from '../../sql/quote';
import { err, ok, type Result } from '../../result';
import type { LiveSetting, SettingChange } from '../../pooling/live-diff';

/**
 * A client for PgBouncer's admin console: the virtual database `pgbouncer`,
 * reachable by an `admin_users` (or, read-only, `stats_users`) role. The console
 * speaks only the simple query protocol; `pg` uses it for queries without
 * parameters, so every command here is a plain string.
 *
 * Passwords are used to log in and never appear in a result or an error.
 */
export interface AdminTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password?: string;
  readonly connectTimeoutMs?: number;
}

export interface AdminError {
  readonly kind: 'connect' | 'query';
  readonly message: string;
}

export type Row = Record<string, unknown>;

export interface LiveState {
  readonly version: string;
  readonly config: readonly LiveSetting[];
  readonly databases: readonly Row[];
  readonly pools: readonly Row[];
}

export interface ApplyReport {
  readonly applied: readonly { key: string; value: string }[];
  readonly needsRestart: readonly string[];
  /** Settings the running PgBouncer does not have: it must be upgraded first. */
  readonly unsupported: readonly string[];
  readonly failed: readonly { key: string; message: string }[];
}

type Console = { query(sql: string): Promise<Row[]> };

async function withConsole<T>(target: AdminTarget, work: (console: Console) => Promise<T>): Promise<Result<T, AdminError>> {
  const client = new pg.Client({
    host: target.host, port: target.port, user: target.user, password: target.password,
    database: 'pgbouncer', connectionTimeoutMillis: target.connectTimeoutMs ?? 5000,
  });
  client.on('error', () => { /* a dropped console connection surfaces as a failed query */ });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    return err({ kind: 'connect', message: `cannot connect to the PgBouncer admin console at ${target.host}:${target.port} as ${target.user}: ${describe(error)}` });
  }
  try {
    return ok(await work({ query: async (sql) => (await client.query(sql)).rows as Row[] }));
  } catch (error) {
    return err({ kind: 'query', message: describe(error) });
  } finally {
    await client.end().catch(() => {});
  }
}

/** SHOW VERSION, SHOW CONFIG, SHOW DATABASES and SHOW POOLS in one visit. */
export async function readLive(target: AdminTarget): Promise<Result<LiveState, AdminError>> {
  return withConsole(target, async (console) => {
    const [versionRow] = await console.query('SHOW VERSION');
    const config = (await console.query('SHOW CONFIG')).map((row) => ({
      key: String(row.key),
      value: row.value === null ? '' : String(row.value),
      // 1.18 prints yes/no; be lenient about booleans from other versions.
      changeable: row.changeable === true || row.changeable === 'yes',
    }));
    return {
      version: String(versionRow?.version ?? ''),
      config,
      databases: await console.query('SHOW DATABASES'),
      pools: await console.query('SHOW POOLS'),
    };
  });
}

/**
 * Applies what the console can change now (`SET key = 'value'`), and lists the
 * rest: settings that need a restart, and settings this PgBouncer lacks.
 */
export async function applyLive(target: AdminTarget, changes: readonly SettingChange[]): Promise<Result<ApplyReport, AdminError>> {
  return withConsole(target, async (console) => {
    const applied: { key: string; value: string }[] = [];
    const failed: { key: string; message: string }[] = [];
    for (const change of changes.filter((c) => c.action === 'set')) {
      if (!/^[a-z_]+$/.test(change.key)) throw new Error(`applyLive: not a setting name: ${change.key}`);
      try {
        await console.query(`SET ${change.key} = ${literal(change.wanted)}`);
        applied.push({ key: change.key, value: change.wanted });
      } catch (error) {
        failed.push({ key: change.key, message: describe(error) });
      }
    }
    return {
      applied,
      failed,
      needsRestart: changes.filter((c) => c.action === 'restart').map((c) => c.key),
      unsupported: changes.filter((c) => c.action === 'unsupported').map((c) => c.key),
    };
  });
}

/**
 * For a PgBouncer on this host: writes the new pgbouncer.ini over the file it
 * was started with and asks it to RELOAD, which re-reads the file (and auth_file).
 */
export async function writeAndReload(target: AdminTarget, iniPath: string, iniText: string): Promise<Result<void, AdminError>> {
  await writeFile(iniPath, iniText);
  return withConsole(target, async (console) => {
    await console.query('RELOAD');
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
