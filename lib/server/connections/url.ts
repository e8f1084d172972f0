import { isIP } from 'node:net';
import type { SslMode } from '../../api/dto';
import { err, ok, type Result } from '../../result';

export const SSL_MODES: readonly SslMode[] = ['disable', 'prefer', 'require', 'verify-full'];

/** Everything needed to connect; `password` only ever lives in server memory. */
export interface ConnectionFields {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly username: string;
  readonly password: string | null;
  readonly sslmode: SslMode;
}

/**
 * Splits a `postgres://user:password@host:port/database?sslmode=…` URL into
 * fields. Messages never repeat the URL (it holds the password).
 */
export function parseConnectionUrl(url: string): Result<ConnectionFields, string> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return err('url is not a valid URL: expected postgres://user:password@host:5432/database');
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) return err(`url must start with postgres:// or postgresql:// (got ${parsed.protocol}//)`);
  const host = decode(parsed.hostname).replace(/^\[(.*)\]$/, '$1');
  if (!host) return err('url has no host: expected postgres://user:password@host:5432/database');
  const username = decode(parsed.username);
  if (!username) return err('url has no user name: expected postgres://user:password@host:5432/database');
  const database = decode(parsed.pathname.replace(/^\//, ''));
  if (!database) return err('url has no database name: expected postgres://user:password@host:5432/database');
  const port = parsed.port ? Number(parsed.port) : 5432;
  const sslmode = parsed.searchParams.get('sslmode') ?? 'prefer';
  if (!SSL_MODES.includes(sslmode as SslMode)) return err(`url: sslmode must be one of ${SSL_MODES.join(', ')} (got "${sslmode}")`);
  const known = new Set(['sslmode']);
  const unknown = [...parsed.searchParams.keys()].filter((k) => !known.has(k));
  if (unknown.length > 0) return err(`url: only the sslmode parameter is supported (got ${unknown.join(', ')})`);
  return ok({ host, port, database, username, password: parsed.password ? decode(parsed.password) : null, sslmode: sslmode as SslMode });
}

/**
 * The URL `pg` connects with. `host` may be replaced by the address the
 * allowlist check resolved, so DNS cannot answer differently a second time.
 * `uselibpqcompat` gives sslmode its libpq meaning (`require` encrypts without
 * verifying the certificate, `verify-full` verifies it).
 */
export function connectionUrl(fields: ConnectionFields, hostOverride?: string | null): string {
  const host = hostOverride ?? fields.host;
  const hostPart = isIP(host) === 6 ? `[${host}]` : encodeURIComponent(host);
  const auth = encodeURIComponent(fields.username) + (fields.password ? `:${encodeURIComponent(fields.password)}` : '');
  const params = fields.sslmode === 'disable' || fields.sslmode === 'verify-full'
    ? `sslmode=${fields.sslmode}`
    : `sslmode=${fields.sslmode}&uselibpqcompat=true`;
  return `postgres://${auth}@${hostPart}:${fields.port}/${encodeURIComponent(fields.database)}?${params}`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
