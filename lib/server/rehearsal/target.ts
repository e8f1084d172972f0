import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded';
import { describeUrl, redact, secretsOf } from '../live/redact';
import { err, ok, type Result } from '../../result';

/**
 * Where a rehearsal runs. Never in a database someone uses: the sandbox is a
 * fresh in-memory PostgreSQL; on a server we create a scratch database and
 * drop it afterwards, or — when asked — use a database that is provably empty.
 */
export type RehearsalTarget =
  | { readonly kind: 'sandbox' }
  | { readonly kind: 'scratch_database'; readonly url: string; readonly keep?: boolean }
  | { readonly kind: 'empty_database'; readonly url: string };

export interface OpenTarget {
  readonly url: string;
  readonly database: string;
  /** Safe to print. */
  readonly where: string;
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

export interface TargetError {
  readonly kind: 'target_refused' | 'target_unavailable';
  readonly message: string;
}

export async function openTarget(target: RehearsalTarget): Promise<Result<OpenTarget, TargetError>> {
  if (target.kind === 'sandbox') {
    const embedded = await startEmbeddedPostgres({ dataDir: null });
    return ok({ url: embedded.connectionString, database: 'postgres', where: 'the sandbox (in-memory PostgreSQL with pgvector)', secrets: [], close: () => embedded.close() });
  }
  const secrets = secretsOf(target.url);
  const fail = (kind: TargetError['kind'], message: string) => err<TargetError>({ kind, message: redact(message, secrets) });
  const admin = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000, application_name: 'tablecraft rehearse' });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (error) {
    return fail('target_unavailable', `cannot connect to ${describeUrl(target.url)}: ${(error as Error).message}`);
  }
  try {
    if (target.kind === 'empty_database') {
      const { rows } = await admin.query<{ what: string }>(USER_OBJECTS);
      if (rows.length > 0) {
        return fail('target_refused', `refusing to rehearse in ${describeUrl(target.url)}: it is not empty (${rows.map((r) => r.what).slice(0, 5).join(', ')}${rows.length > 5 ? ', …' : ''}). A rehearsal only runs in a scratch database; omit --in-place to let it create one`);
      }
      const database = (await admin.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
      await admin.end();
      return ok({ url: target.url, database, where: describeUrl(target.url), secrets, close: async () => undefined });
    }
    const database = `tablecraft_rehearsal_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    try {
      await admin.query(`CREATE DATABASE ${database}`);
    } catch (error) {
      await admin.end();
      return fail('target_refused', `cannot create a scratch database on ${describeUrl(target.url)} (${(error as Error).message}); grant CREATEDB, or pass an empty database with --in-place`);
    }
    const url = new URL(target.url);
    url.pathname = `/${database}`;
    return ok({
      url: url.toString(), database, where: describeUrl(url.toString()), secrets,
      close: async () => {
        if (!target.keep) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
        await admin.end().catch(() => undefined);
      },
    });
  } catch (error) {
    await admin.end().catch(() => undefined);
    return fail('target_unavailable', `${describeUrl(target.url)}: ${(error as Error).message}`);
  }
}

/** Anything a user made: tables, views, sequences, types, functions outside the system schemas. */
const USER_OBJECTS = `
  SELECT n.nspname || '.' || c.relname AS what FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
  UNION ALL
  SELECT 'schema ' || nspname FROM pg_namespace
   WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%'
  UNION ALL
  SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND t.typtype IN ('e', 'd', 'c') AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)`;
