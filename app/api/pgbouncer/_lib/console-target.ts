import { err, ok, type Result } from '@/lib/result';
import { checkHost } from '@/lib/server/connections/allowlist';
import { connectionService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { readLiveSettings } from '@/lib/server/connections/settings';
import { parseConnectionUrl } from '@/lib/server/connections/url';
import { secretsOf } from '@/lib/server/live/redact';
import type { AdminTarget } from '@/lib/server/pgbouncer/admin';

/** Where the admin console is, and what must never appear in anything sent back or logged. */
export interface ConsoleTarget {
  readonly target: AdminTarget;
  readonly secrets: readonly string[];
  /** `user@host:port`, for the answer and messages. */
  readonly label: string;
}

const NOT_CONSOLE = (database: string) => `the admin console is the virtual database "pgbouncer", not "${database}": use postgres://admin:password@host:6432/pgbouncer`;

/**
 * `{ adminUrl }` or `{ connectionId }` → a console target, under the same rules as
 * database connections: the host must pass TABLECRAFT_ALLOWED_DB_HOSTS (and is
 * pinned to the address that was checked), and the password stays on the server.
 * A saved connection must belong to the requester's workspace.
 */
export async function resolveConsole(input: { adminUrl?: string; connectionId?: string }, access: { workspaceId: string }): Promise<Result<ConsoleTarget, Response>> {
  if (input.connectionId !== undefined) {
    const resolved = await (await connectionService()).resolve(input.connectionId, access.workspaceId);
    if (!resolved.ok) return err(liveErrorResponse(resolved.error));
    if (resolved.value.database !== 'pgbouncer') return err(invalid('connectionId', `connection “${resolved.value.name}”: ${NOT_CONSOLE(resolved.value.database)}`));
    const url = new URL(resolved.value.url);
    const target = {
      host: decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1'), port: Number(url.port || 5432),
      user: decodeURIComponent(url.username), password: url.password ? decodeURIComponent(url.password) : undefined,
    };
    return ok({ target, secrets: resolved.value.secrets, label: `${target.user}@${target.host}:${target.port}` });
  }
  const parsed = parseConnectionUrl(input.adminUrl ?? '');
  // parseConnectionUrl never repeats the URL, so its message is safe to return.
  if (!parsed.ok) return err(invalid('adminUrl', parsed.error.replace(/^url/, 'adminUrl')));
  const fields = parsed.value;
  if (fields.database !== 'pgbouncer') return err(invalid('adminUrl', NOT_CONSOLE(fields.database)));
  const allowed = await checkHost(readLiveSettings().policy, fields.host);
  if (!allowed.ok) return err(liveErrorResponse(allowed.error));
  const target = { host: allowed.value.pinnedAddress ?? fields.host, port: fields.port, user: fields.username, password: fields.password ?? undefined };
  const secrets = [...new Set([...secretsOf(input.adminUrl ?? ''), ...(fields.password ? [fields.password, encodeURIComponent(fields.password)] : [])])]
    .sort((a, b) => b.length - a.length);
  return ok({ target, secrets, label: `${fields.username}@${fields.host}:${fields.port}` });
}

function invalid(path: string, message: string): Response {
  return liveErrorResponse({ kind: 'invalid_request', message, path });
}
