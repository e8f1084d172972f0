import pg from 'pg';
import { err, ok, type Result } from '../../result';
import { liveError, type LiveError } from './errors';
import { describeUrl, secretsOf } from './redact';

export interface LiveConnectOptions {
  /** Give up connecting after this long (default 10 s). */
  readonly connectTimeoutMs?: number;
  /** Shown in pg_stat_activity, so a DBA (and our lock messages) can tell who holds what. */
  readonly applicationName?: string;
}

export interface LiveConnection {
  readonly client: pg.Client;
  /** `postgres://user@host:port/db`, safe to print. */
  readonly where: string;
  /** Strings `redact` must remove from anything this connection's work prints. */
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

/**
 * Opens one `pg` connection to a user's database from a URL. Expected failures
 * (bad URL, unreachable host, wrong password, missing database) come back as a
 * LiveError whose message never holds the password.
 */
export async function connectLive(url: string, options: LiveConnectOptions = {}): Promise<Result<LiveConnection, LiveError>> {
  const secrets = secretsOf(url);
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error(`unsupported scheme ${parsed.protocol}`);
  } catch (error) {
    return err({ kind: 'invalid_url', message: `the database URL is not a postgres://user:password@host:port/database URL (${(error as Error).message.split(url).join('…')})` });
  }
  const where = describeUrl(url);
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: options.applicationName ?? 'tablecraft',
  });
  // Without a listener a lost connection would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    return err(liveError(error, where, secrets));
  }
  let closed = false;
  return ok({
    client, where, secrets,
    close: async () => {
      if (closed) return;
      closed = true;
      await client.end().catch(() => undefined);
    },
  });
}
