import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

export interface EmbeddedPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable` */
  readonly connectionString: string;
  /** `host:port` the socket server listens on. */
  readonly address: string;
  /** The PGlite data directory, or null for an in-memory database. */
  readonly pgdataDir: string | null;
  /** Stops the socket server, then closes PGlite (which flushes it to disk); safe to call twice. */
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The app's data folder; the database lives in its `pgdata` subfolder. Null: in memory (tests). */
  readonly dataDir: string | null;
}

/**
 * Starts PostgreSQL in this process (PGlite, PostgreSQL compiled to WebAssembly,
 * with pgvector available) and serves it over the PostgreSQL wire protocol on an
 * OS-assigned loopback port, so the app talks to it through `pg` and Prisma
 * exactly as it talks to a server. PGlite is one backend: the socket server runs
 * one query at a time and keeps a connection's open transaction to itself, so
 * while a connection holds a transaction, never wait on another connection.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const pgdataDir = options.dataDir === null ? null : path.join(path.resolve(options.dataDir), 'pgdata');
  const lock: DataDirLock | null = options.dataDir === null ? null : acquireDataDirLock(path.resolve(options.dataDir));
  // A crash or process.exit still removes our lock file (unlinking is synchronous).
  const releaseOnExit = () => lock?.release();
  if (lock) process.on('exit', releaseOnExit);
  let db: PGlite | undefined;
  try {
    try {
      db = pgdataDir === null
        ? await PGlite.create({ extensions: { vector } })
        : await PGlite.create(pgdataDir, { extensions: { vector } });
    } catch (error) {
      throw new Error(`cannot open the embedded database in ${pgdataDir ?? 'memory'}: ${(error as Error).message}`, { cause: error });
    }
    // maxConnections defaults to 1, which would make a pool's second connection fail.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 });
    await server.start();
    const address = server.getServerConn();
    const opened = db;
    let closing: Promise<void> | undefined;
    return {
      connectionString: `postgres://postgres@${address}/postgres?sslmode=disable`,
      address,
      pgdataDir,
      close: () => {
        closing ??= (async () => {
          try {
            await server.stop();
            await opened.close();
          } finally {
            lock?.release();
            process.off('exit', releaseOnExit);
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock?.release();
    process.off('exit', releaseOnExit);
    throw error;
  }
}
