import { z } from 'zod';

/**
 * What a connection pooler has to be sized for: the PostgreSQL server, the
 * clients that connect to it and the session features they rely on. A diagram
 * document may carry one (`workload`), and `tablecraft pgbouncer` also reads it
 * as a file of its own. Passwords are never part of it: they are supplied when
 * the configuration is generated (CLI flags, environment, a secrets file).
 */

/** PgBouncer releases the generator knows the settings of (lib/pooling/versions.ts). */
export const PGBOUNCER_VERSIONS = ['1.18', '1.19', '1.20', '1.21', '1.22', '1.23', '1.24', '1.25'] as const;
export const PgBouncerVersion = z.enum(PGBOUNCER_VERSIONS);
export type PgBouncerVersion = z.infer<typeof PgBouncerVersion>;
export const NEWEST_PGBOUNCER_VERSION: PgBouncerVersion = '1.25';

export const PoolMode = z.enum(['session', 'transaction', 'statement']);
export type PoolMode = z.infer<typeof PoolMode>;

/** A role or database name as PgBouncer and PostgreSQL accept it: 1–63 bytes, no quotes or control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what the name must not contain
const PoolName = z.string().min(1).max(63).regex(/^[^"'\s\\=;#,\u0000-\u001f]+$/, 'a name without quotes, spaces, "=", ";", "#", "," or backslashes');
const Count = (max: number) => z.number().int().min(0).max(max);

export const SessionFeatures = z.strictObject({
  /** Plain `SET name = value` outside a transaction, expecting it to stick for the session. */
  sessionSet: z.boolean().default(false),
  /** Protocol-level named prepared statements (node-postgres `name`, JDBC after prepareThreshold, Prisma). */
  preparedStatements: z.boolean().default(false),
  listenNotify: z.boolean().default(false),
  /** Session-level `pg_advisory_lock` (not the `_xact_` variants). */
  advisoryLocks: z.boolean().default(false),
  tempTables: z.boolean().default(false),
  withHoldCursors: z.boolean().default(false),
});
export type SessionFeatures = z.infer<typeof SessionFeatures>;

export const ClientGroup = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** `serverless`: short-lived function instances that each open their own connections. */
  kind: z.enum(['long-lived', 'serverless']),
  /** App instances (processes, pods), or for serverless the maximum of concurrent function instances. */
  instances: Count(1_000_000).min(1),
  /** Connections each instance opens: its client-side pool size (usually 1 for a function). */
  poolSize: Count(10_000).min(1).default(1),
  /** The database it connects to (a name from `databases`); default the first one. */
  database: PoolName.optional(),
  /** The role it connects as (a name from `users`); default the first `app` user. */
  user: PoolName.optional(),
});
export type ClientGroup = z.infer<typeof ClientGroup>;

export const WorkloadDatabase = z.strictObject({
  /** The name clients use to connect through the pooler. */
  name: PoolName,
  /** The database on the server, when it differs from `name`. */
  serverDatabase: PoolName.optional(),
  /**
   * Server connections for a session-mode alias `<name>_session` (listeners,
   * temp tables, WITH HOLD cursors). 0 lets the generator choose when the
   * session features need one.
   */
  sessionConnections: Count(10_000).default(0),
});
export type WorkloadDatabase = z.infer<typeof WorkloadDatabase>;

export const WorkloadUser = z.strictObject({
  name: PoolName,
  /** `admin`: may run admin-console commands; `stats`: read-only SHOW commands. */
  role: z.enum(['app', 'admin', 'stats']).default('app'),
  /** A per-user pool mode in the `[users]` section (e.g. `session` for a LISTEN worker's role). */
  poolMode: PoolMode.optional(),
});
export type WorkloadUser = z.infer<typeof WorkloadUser>;

export const WorkloadServer = z.strictObject({
  /** A host name, an IP address, or a Unix-socket directory. */
  host: z.string().min(1).max(255).regex(/^[A-Za-z0-9._:/@[\]-]+$/, 'a host name, IP address or socket directory').default('127.0.0.1'),
  port: z.number().int().min(1).max(65535).default(5432),
  cores: z.number().int().min(1).max(1024),
  /** The server's `max_connections`. */
  maxConnections: z.number().int().min(1).max(262_143),
  superuserReservedConnections: Count(262_143).default(3),
  /** Connections other services hold outside the pooler: replication, monitoring, migrations, cron jobs. */
  otherReservedConnections: Count(262_143).default(0),
  /** Active server connections per core the pool aims for: 2 (CPU-bound) to 4 (I/O-bound). */
  activeConnectionsPerCore: z.number().min(1).max(8).default(3),
});
export type WorkloadServer = z.infer<typeof WorkloadServer>;

export const PoolerSettings = z.strictObject({
  version: PgBouncerVersion.default(NEWEST_PGBOUNCER_VERSION),
  poolMode: PoolMode.default('transaction'),
  /** Comma-separated addresses, or `*` for all. */
  listenAddr: z.string().min(1).max(255).regex(/^[A-Za-z0-9.:,*[\]-]+$/, 'addresses separated by commas, or *').default('127.0.0.1'),
  listenPort: z.number().int().min(1).max(65535).default(6432),
  /** Where `userlist.txt` will live on the PgBouncer host. */
  authFile: z.string().min(1).max(1024).regex(/^[^\n\r;#]+$/, 'a file path').default('/etc/pgbouncer/userlist.txt'),
  /** `userlist`: SCRAM secrets in auth_file; `auth_query`: look secrets up on the server through a SECURITY DEFINER function. */
  auth: z.enum(['userlist', 'auth_query']).default('userlist'),
  /** The role PgBouncer runs the auth query as (auth: auth_query). */
  authUser: PoolName.default('pgbouncer_auth'),
  /** Statements PgBouncer tracks per server connection when the app prepares statements (1.21+). */
  maxPreparedStatements: z.number().int().min(1).max(100_000).default(200),
});
export type PoolerSettings = z.infer<typeof PoolerSettings>;

export const Workload = z.strictObject({
  server: WorkloadServer,
  clients: z.array(ClientGroup).min(1, 'a workload has at least one client group'),
  features: SessionFeatures.prefault({}),
  databases: z.array(WorkloadDatabase).min(1, 'a workload has at least one database'),
  users: z.array(WorkloadUser).min(1, 'a workload has at least one user'),
  pgbouncer: PoolerSettings.prefault({}),
}).superRefine((w, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const reserved = w.server.superuserReservedConnections + w.server.otherReservedConnections;
  if (reserved >= w.server.maxConnections) {
    issue(['server', 'maxConnections'], `max_connections (${w.server.maxConnections}) must exceed the reserved connections (${reserved})`);
  }
  duplicates(w.databases.map((d) => d.name)).forEach((i) => issue(['databases', i, 'name'], `database "${w.databases[i]!.name}" is listed twice`));
  duplicates(w.users.map((u) => u.name)).forEach((i) => issue(['users', i, 'name'], `user "${w.users[i]!.name}" is listed twice`));
  const aliasClash = w.databases.findIndex((d) => w.databases.some((o) => o.name === `${d.name}_session`));
  if (aliasClash !== -1) issue(['databases', aliasClash, 'name'], `"${w.databases[aliasClash]!.name}_session" is reserved for the session-mode alias`);
  if (!w.users.some((u) => u.role === 'app')) issue(['users'], 'a workload needs at least one user with role "app"');
  w.clients.forEach((c, i) => {
    if (c.database !== undefined && !w.databases.some((d) => d.name === c.database)) issue(['clients', i, 'database'], `no database named "${c.database}"`);
    if (c.user !== undefined && !w.users.some((u) => u.name === c.user)) issue(['clients', i, 'user'], `no user named "${c.user}"`);
  });
});
export type Workload = z.infer<typeof Workload>;
export type WorkloadInput = z.input<typeof Workload>;

function duplicates(names: readonly string[]): number[] {
  return names.flatMap((name, i) => (names.indexOf(name) !== i ? [i] : []));
}
