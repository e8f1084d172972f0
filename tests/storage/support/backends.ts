import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { startEmbeddedPostgres } from '../../../lib/server/db/embedded';

/** A database a test file may do anything to; `close` removes it. */
export interface TestDatabase {
  readonly connectionString: string;
  close(): Promise<void>;
}

export interface Backend {
  readonly name: string;
  /** Why this backend cannot run here, or null. */
  readonly skipReason: string | null;
  open(): Promise<TestDatabase>;
}

/** The local PostgreSQL server (trust auth). Override with TABLECRAFT_TEST_SERVER_URL. */
const SERVER_ADMIN_URL = process.env.TABLECRAFT_TEST_SERVER_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

async function probeServer(): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: SERVER_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    return { ok: true, version: result.rows[0]?.server_version ?? '?' };
  } catch (error) {
    return {
      ok: false,
      reason: `no PostgreSQL server at ${SERVER_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); start it with \`pg_ctlcluster --skip-systemctl-redirect 15 main start\``,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const probe = await probeServer();

/** Embedded PostgreSQL 18 (PGlite) in memory, served over the wire protocol like the app's. */
export const pgliteBackend: Backend = {
  name: 'PGlite (embedded, over the wire protocol)',
  skipReason: null,
  async open() {
    const embedded = await startEmbeddedPostgres({ dataDir: null });
    return { connectionString: embedded.connectionString, close: () => embedded.close() };
  },
};

/** A fresh database on the PostgreSQL server, dropped afterwards. */
export const serverBackend: Backend = {
  name: probe.ok ? `PostgreSQL ${probe.version.split(' ')[0]} server` : 'PostgreSQL server',
  skipReason: probe.ok ? null : probe.reason,
  async open() {
    const name = `tablecraft_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(SERVER_ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      connectionString: url.toString(),
      close: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  },
};

export const BACKENDS: readonly Backend[] = [pgliteBackend, serverBackend];

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Declares the same suite once per backend, each with its own database for the
 * whole suite; a backend that cannot run here is skipped with its reason in the name.
 */
export function describeEachBackend(title: string, body: (database: () => TestDatabase, backend: Backend) => void): void {
  for (const backend of BACKENDS) {
    const name = backend.skipReason ? `${title} — ${backend.name} (skipped: ${backend.skipReason})` : `${title} — ${backend.name}`;
    describe.skipIf(backend.skipReason !== null)(name, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await backend.open();
      });
      afterAll(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error('the test database is not open yet');
        return database;
      }, backend);
    });
  }
}

/** Connects a `pg` client and remembers it, so `endAll` can close every client a test opened. */
export class Connections {
  private readonly clients: pg.Client[] = [];

  async connect(connectionString: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString });
    client.on('error', () => undefined);
    await client.connect();
    this.clients.push(client);
    return client;
  }

  async endAll(): Promise<void> {
    await Promise.all(this.clients.splice(0).map((client) => client.end().catch(() => undefined)));
  }
}
