import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import pg from 'pg';
import { PGlite as PGlite17 } from 'pglite-17';
import { vector as vector17 } from 'pglite-17/vector';

/**
 * A fresh, empty PostgreSQL database to run generated SQL on. Three tiers:
 * PGlite 0.5 (PostgreSQL 18 + pgvector), PGlite 0.3 (PostgreSQL 17 + pgvector),
 * and the local PostgreSQL 15 server (no pgvector), each behind one interface.
 */
export interface TestDatabase {
  readonly label: string;
  readonly major: number;
  readonly hasVector: boolean;
  /** Runs one or more statements, no results. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export type DatabaseTier = 'pglite18' | 'pglite17' | 'server15';

export async function openPglite18(): Promise<TestDatabase> {
  const db = new PGlite({ extensions: { vector } });
  await db.waitReady;
  return wrapPglite('PGlite 0.5 (PostgreSQL 18)', 18, db);
}

export async function openPglite17(): Promise<TestDatabase> {
  const db = new PGlite17({ extensions: { vector: vector17 } });
  await db.waitReady;
  return wrapPglite('PGlite 0.3 (PostgreSQL 17)', 17, db);
}

interface PgliteLike {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

function wrapPglite(label: string, major: number, db: PgliteLike): TestDatabase {
  return {
    label, major, hasVector: true,
    exec: async (sql) => { await db.exec(sql); },
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    close: () => db.close(),
  };
}

export const SERVER_URL = process.env.TABLECRAFT_TEST_SERVER_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

/** Why the server tier cannot run, or null when it can. Checked once per test file. */
export async function serverUnavailableReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `PostgreSQL server at ${SERVER_URL} is unreachable (${(error as Error).message}); start it with pg_ctlcluster`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new database `tablecraft_test_<random>` on the server, dropped again by close(). */
export async function openServerDatabase(): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const name = `tablecraft_test_${Math.random().toString(36).slice(2, 10)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const [{ server_version_num: versionNum }] = (await client.query<{ server_version_num: string }>('show server_version_num')).rows as [{ server_version_num: string }];
  return {
    label: `PostgreSQL server ${Math.floor(Number(versionNum) / 10000)}`,
    major: Math.floor(Number(versionNum) / 10000),
    hasVector: false,
    exec: async (sql) => { await client.query(sql); },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export async function openDatabase(tier: DatabaseTier): Promise<TestDatabase> {
  switch (tier) {
    case 'pglite18': return openPglite18();
    case 'pglite17': return openPglite17();
    case 'server15': return openServerDatabase();
  }
}

/** Runs statements one at a time so a failure names the statement that failed. */
export async function execAll(db: TestDatabase, statements: readonly { sql: string }[]): Promise<void> {
  for (const { sql } of statements) {
    try {
      await db.exec(sql);
    } catch (error) {
      throw new Error(`${db.label} rejected:\n${sql}\n→ ${(error as Error).message}`, { cause: error });
    }
  }
}
