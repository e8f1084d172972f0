/** One file of a bundle; the CLI writes them to a folder, the UI zips them. */
export interface BundleFile {
  /** Relative, forward slashes: `migrations/001_create_shop.up.sql`. */
  readonly path: string;
  readonly contents: string;
}

export interface BundleOptions {
  /** Online patterns for existing tables (default true); false writes the plain DDL. */
  readonly safe?: boolean;
  /** `SET lock_timeout` at the top of every migration (default `5s`): a blocked DDL gives up instead of queueing everyone behind it. */
  readonly lockTimeout?: string;
  /** `SET statement_timeout` for short steps (default `30s`); long steps (concurrent builds, backfills, VALIDATE) set `0`. */
  readonly statementTimeout?: string;
  /** Version number of the first migration (default 1), to append to an existing migrations folder. */
  readonly firstVersion?: number;
  /** Slug of the migration names (default: from the diagram name). */
  readonly slug?: string;
  readonly backfillBatchSize?: number;
  /**
   * Files other generators add to the bundle, e.g. `pgbouncer/pgbouncer.ini`
   * from the pooling work. Written as given; a path that collides with one of
   * ours is an error.
   */
  readonly extraFiles?: readonly BundleFile[];
}

export const DEFAULT_LOCK_TIMEOUT = '5s';
export const DEFAULT_STATEMENT_TIMEOUT = '30s';
