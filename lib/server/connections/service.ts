import { randomUUID } from 'node:crypto';
import type { ConnectionSummary } from '../../api/dto';
import type { CreateConnectionRequest, UpdateConnectionRequest } from '../../api/requests';
import { err, ok, type Result } from '../../result';
import type { Database } from '../db/prisma';
import { secretsOf } from '../live/redact';
import { checkHost } from './allowlist';
import { connectionNotFound, type LiveServiceError } from './errors';
import { readLiveSettings, secretBox } from './settings';
import { connectionUrl, parseConnectionUrl, type ConnectionFields } from './url';

export type ConnectionResult<T> = Promise<Result<T, LiveServiceError>>;

/** Where to connect for a live operation, with what to redact from anything it prints. */
export interface ResolvedConnection {
  readonly url: string;
  readonly secrets: readonly string[];
  readonly database: string;
}

interface Row {
  id: string;
  name: string;
  host: string;
  port: number;
  database: string;
  username: string;
  sslmode: string;
  passwordCiphertext: string | null;
  createdAt: Date;
  updatedAt: Date;
  lastTestedAt: Date | null;
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export function toConnectionSummary(row: Row): ConnectionSummary {
  return {
    id: row.id, name: row.name, host: row.host, port: row.port, database: row.database, username: row.username,
    sslmode: row.sslmode as ConnectionSummary['sslmode'], hasPassword: row.passwordCiphertext !== null,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), lastTestedAt: row.lastTestedAt?.toISOString() ?? null,
  };
}

/**
 * Saved connections over Prisma. The password is sealed with the secret box
 * (additional data = the row id, so the id is chosen before sealing) and
 * leaves this module only inside `resolve`'s URL, for the server's own use.
 */
export function createConnectionService(db: Database) {
  function fieldsOf(input: CreateConnectionRequest | UpdateConnectionRequest, previous: ConnectionFields | null): Result<ConnectionFields, LiveServiceError> {
    if (input.url !== undefined) {
      const parsed = parseConnectionUrl(input.url);
      if (!parsed.ok) return err({ kind: 'invalid_request', message: parsed.error, path: 'url' });
      // A URL without a password keeps the saved one (editing the address should not need it again).
      return ok({ ...parsed.value, password: parsed.value.password ?? previous?.password ?? null });
    }
    const base = previous ?? { host: '', port: 5432, database: '', username: '', password: null, sslmode: 'prefer' as const };
    return ok({
      host: input.host ?? base.host, port: input.port ?? base.port, database: input.database ?? base.database,
      username: input.username ?? base.username, sslmode: input.sslmode ?? base.sslmode,
      password: input.password === undefined ? base.password : input.password === '' ? null : input.password,
    });
  }

  function seal(id: string, password: string | null): Result<string | null, LiveServiceError> {
    if (password === null) return ok(null);
    const box = secretBox(readLiveSettings());
    if (!box.ok) return err(box.error);
    return ok(box.value.seal(password, id));
  }

  function open(row: Row): Result<ConnectionFields, LiveServiceError> {
    let password: string | null = null;
    if (row.passwordCiphertext !== null) {
      const box = secretBox(readLiveSettings());
      if (!box.ok) return err(box.error);
      try {
        password = box.value.open(row.passwordCiphertext, row.id);
      } catch (error) {
        return err({ kind: 'secret_key_invalid', message: `the saved password of connection "${row.name}" cannot be read: ${(error as Error).message}; edit the connection and enter the password again` });
      }
    }
    return ok({ host: row.host, port: row.port, database: row.database, username: row.username, sslmode: row.sslmode as ConnectionFields['sslmode'], password });
  }

  /**
   * A connection of `workspaceId` (any workspace when none is given: tools and
   * tests that act for the whole server). One in another workspace is not found,
   * so its existence is not revealed.
   */
  async function find(id: string, workspaceId?: string): Promise<Row | null> {
    if (!isUuid(id)) return null;
    return db.connection.findFirst({ where: { id, ...(workspaceId !== undefined ? { workspaceId } : {}) } });
  }

  return {
    async list(workspaceId?: string): Promise<ConnectionSummary[]> {
      const where = workspaceId !== undefined ? { workspaceId } : {};
      return (await db.connection.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }] })).map(toConnectionSummary);
    },

    async get(id: string, workspaceId?: string): ConnectionResult<ConnectionSummary> {
      const row = await find(id, workspaceId);
      return row ? ok(toConnectionSummary(row)) : err(connectionNotFound(id));
    },

    async create(input: CreateConnectionRequest, workspaceId?: string): ConnectionResult<ConnectionSummary> {
      const fields = fieldsOf(input, null);
      if (!fields.ok) return fields;
      // Refused up front: a host this server may not reach is not worth saving.
      const allowed = await checkHost(readLiveSettings().policy, fields.value.host);
      if (!allowed.ok) return err(allowed.error);
      const id = randomUUID();
      const sealed = seal(id, fields.value.password);
      if (!sealed.ok) return sealed;
      const { password: _omit, ...plain } = fields.value;
      const row = await db.connection.create({
        data: { id, name: input.name, ...plain, passwordCiphertext: sealed.value, ...(workspaceId !== undefined ? { workspaceId } : {}) },
      });
      return ok(toConnectionSummary(row));
    },

    async update(id: string, input: UpdateConnectionRequest, workspaceId?: string): ConnectionResult<ConnectionSummary> {
      const row = await find(id, workspaceId);
      if (!row) return err(connectionNotFound(id));
      const previous = open(row);
      const fields = fieldsOf(input, previous.ok ? previous.value : { ...rowFields(row), password: null });
      if (!fields.ok) return fields;
      // An unreadable old password only matters when the edit keeps it.
      if (!previous.ok && row.passwordCiphertext !== null && fields.value.password === null && input.password !== null) return previous;
      const allowed = await checkHost(readLiveSettings().policy, fields.value.host);
      if (!allowed.ok) return err(allowed.error);
      const sealed = seal(id, fields.value.password);
      if (!sealed.ok) return sealed;
      const { password: _omit, ...plain } = fields.value;
      const updated = await db.connection.update({
        where: { id },
        data: { ...(input.name !== undefined ? { name: input.name } : {}), ...plain, passwordCiphertext: sealed.value, updatedAt: new Date() },
      });
      return ok(toConnectionSummary(updated));
    },

    /** Deletes the connection and the app's record of what it applied there (the database keeps its own history). */
    async remove(id: string, workspaceId?: string): ConnectionResult<void> {
      const row = await find(id, workspaceId);
      if (!row) return err(connectionNotFound(id));
      await db.$transaction([db.liveMigration.deleteMany({ where: { target: id } }), db.connection.delete({ where: { id } })]);
      return ok(undefined);
    },

    async markTested(id: string): Promise<Date> {
      const at = new Date();
      await db.connection.update({ where: { id }, data: { lastTestedAt: at } });
      return at;
    },

    /** The URL to connect with, after the allowlist check; the password is decrypted here and nowhere else. */
    async resolve(id: string, workspaceId?: string): ConnectionResult<ResolvedConnection & { name: string }> {
      const row = await find(id, workspaceId);
      if (!row) return err(connectionNotFound(id));
      const allowed = await checkHost(readLiveSettings().policy, row.host);
      if (!allowed.ok) return err(allowed.error);
      const fields = open(row);
      if (!fields.ok) return fields;
      // verify-full checks the certificate against the name, so it must connect by name.
      const pin = fields.value.sslmode === 'verify-full' ? null : allowed.value.pinnedAddress;
      const url = connectionUrl(fields.value, pin);
      const secrets = [...new Set([...secretsOf(url), ...(fields.value.password ? [fields.value.password, encodeURIComponent(fields.value.password)] : [])])]
        .sort((a, b) => b.length - a.length);
      return ok({ url, secrets, database: row.database, name: row.name });
    },
  };
}

function rowFields(row: Row): Omit<ConnectionFields, 'password'> {
  return { host: row.host, port: row.port, database: row.database, username: row.username, sslmode: row.sslmode as ConnectionFields['sslmode'] };
}

export type ConnectionService = ReturnType<typeof createConnectionService>;
