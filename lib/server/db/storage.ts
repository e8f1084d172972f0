import pg from 'pg';
import type { MigrationReport } from '../migrate/types';
import { migrateAppSchema } from './app-migrations';
import { describeDatabaseUrl, type StorageConfig } from './config';
import { DataDirInUseError } from './data-dir-lock';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';
import { StorageUnavailableError } from './errors';
import { createPrismaClient, type Database } from './prisma';

export interface Storage {
  readonly kind: 'embedded' | 'server';
  /** Where the data is, safe to show: a folder, or a server URL without its password. */
  readonly location: string;
  readonly pool: pg.Pool;
  readonly db: Database;
  /** What the start-up migration run did. */
  readonly migrations: MigrationReport;
  /** Closes Prisma, the pool and (embedded) the database; safe to call twice. */
  close(): Promise<void>;
}

export interface OpenStorageOptions {
  /** Receives the one start-up line; default console.info. */
  readonly log?: (line: string) => void;
}

/**
 * Opens storage as configured: the PostgreSQL server of `DATABASE_URL`, or
 * embedded PostgreSQL in the data folder. Then applies the app's migrations and
 * builds the pool and Prisma Client. Prefer `getStorage()`, which keeps one per
 * process; this is for tests and tools that need their own.
 */
export async function openStorage(config: StorageConfig, options: OpenStorageOptions = {}): Promise<Storage> {
  const started = performance.now();
  let embedded: EmbeddedPostgres | null = null;
  let connectionString: string;
  let location: string;
  if (config.databaseUrl) {
    connectionString = config.databaseUrl;
    location = describeDatabaseUrl(config.databaseUrl);
  } else {
    try {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    } catch (error) {
      if (error instanceof DataDirInUseError) throw new StorageUnavailableError(error.message, { cause: error });
      throw error;
    }
    connectionString = embedded.connectionString;
    location = embedded.pgdataDir ?? 'memory';
  }
  const where = embedded ? `the embedded database in ${location}` : `the PostgreSQL server ${location}`;

  let pool: pg.Pool | null = null;
  try {
    const migrations = await migrateAppSchema(connectionString, config.migrationsDir, where);
    pool = new pg.Pool({ connectionString, max: config.poolMax });
    // An idle connection that dies emits here; without a listener it would crash the process.
    pool.on('error', (error) => console.error(`[tablecraft] storage: an idle database connection failed: ${error.message}`));
    const db = createPrismaClient(pool);
    const openedPool = pool;
    const openedEmbedded = embedded;
    const ms = Math.round(performance.now() - started);
    const applied = migrations.steps.length;
    const version = Math.max(0, ...migrations.unchanged, ...migrations.steps.map((s) => s.version));
    (options.log ?? console.info)(
      `[tablecraft] storage: ${embedded ? `embedded PostgreSQL (PGlite) in ${location}` : `PostgreSQL server ${location}`}; ` +
      `app schema at version ${version}${applied > 0 ? ` (applied ${applied} migration${applied === 1 ? '' : 's'})` : ''}; ready in ${ms} ms`,
    );
    let closing: Promise<void> | undefined;
    return {
      kind: embedded ? 'embedded' : 'server',
      location,
      pool,
      db,
      migrations,
      close: () => {
        closing ??= (async () => {
          await db.$disconnect().catch(() => undefined);
          await openedPool.end().catch(() => undefined);
          await openedEmbedded?.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await pool?.end().catch(() => undefined);
    await embedded?.close().catch(() => undefined);
    throw error;
  }
}
