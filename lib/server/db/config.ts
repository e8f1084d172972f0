import path from 'node:path';

export interface StorageConfig {
  /** A PostgreSQL server to use; when absent the app runs embedded PostgreSQL. */
  readonly databaseUrl: string | null;
  /** Absolute path of the data folder for the embedded database. */
  readonly dataDir: string;
  /** Absolute path of the app's own migrations (`NNN_slug.up.sql` / `.down.sql`). */
  readonly migrationsDir: string;
  /** Connections in the app's pool. */
  readonly poolMax: number;
}

/** The migration scope of the app's own storage schema in the shared history table. */
export const APP_MIGRATION_SCOPE = 'tablecraft-app';

/**
 * Reads storage settings from the environment. Relative paths are resolved from
 * the working directory: the app always runs from the repository root.
 */
export function readStorageConfig(env: Readonly<Record<string, string | undefined>> = process.env): StorageConfig {
  const cwd = process.cwd();
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const poolMax = Number(env.TABLECRAFT_DB_POOL_MAX ?? '');
  return {
    databaseUrl,
    // turbopackIgnore: these are run-time locations, not files for the build to trace.
    dataDir: path.resolve(/* turbopackIgnore: true */ cwd, env.TABLECRAFT_DATA_DIR?.trim() || '.tablecraft'),
    migrationsDir: path.resolve(/* turbopackIgnore: true */ cwd, env.TABLECRAFT_APP_MIGRATIONS_DIR?.trim() || path.join('prisma', 'migrations')),
    // PGlite runs one query at a time, so a second connection buys nothing there — and the
    // socket server queues each protocol message on its own, so two connections' extended-protocol
    // queries can interleave (one's Parse replacing the other's unnamed statement before its Bind).
    // One connection keeps every query whole.
    poolMax: Number.isInteger(poolMax) && poolMax > 0 ? poolMax : databaseUrl ? 10 : 1,
  };
}

/**
 * A connection string safe to print: user, host, port and database only. The
 * password and every query parameter (which may carry one) are left out.
 */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    const database = parsed.pathname.replace(/^\//, '') || '(default database)';
    return `${parsed.protocol}//${user}${parsed.host || 'localhost'}/${decodeURIComponent(database)}`;
  } catch {
    return 'the server in DATABASE_URL (not a URL, so not shown)';
  }
}
