import type { Workload } from '../model/workload';
import { authQuerySql } from './auth-query';
import type { PoolPlan } from './sizing';
import { isKnownSetting, supports, type Section } from './versions';

/**
 * The PgBouncer configuration as data: what goes in each section, with a reason
 * per `[pgbouncer]` setting. Every key passes through `put`, which refuses a key
 * the chosen version does not know — a config that PgBouncer would refuse to
 * load is a bug in the generator, never something to write to disk.
 */
export interface Setting {
  readonly key: string;
  readonly value: string;
  readonly why: string;
}

export interface SectionEntry {
  readonly name: string;
  readonly params: readonly (readonly [string, string])[];
  readonly why: string;
}

export interface PgBouncerConfig {
  readonly version: Workload['pgbouncer']['version'];
  readonly databases: readonly SectionEntry[];
  readonly pgbouncer: readonly Setting[];
  readonly users: readonly SectionEntry[];
}

/**
 * Startup parameters PgBouncer may drop. Only `extra_float_digits` is safe: JDBC
 * and others send it, it only changes how floats print, and PostgreSQL 12+
 * already prints the shortest exact form by default. `search_path` or `options`
 * are NOT ignored: dropping them would silently run the app's queries against
 * the wrong schema or without its settings.
 */
export const IGNORED_STARTUP_PARAMETERS = ['extra_float_digits'] as const;

export function buildConfig(w: Workload, plan: PoolPlan): PgBouncerConfig {
  const version = w.pgbouncer.version;
  const check = (section: Section, key: string) => {
    if (!isKnownSetting(version, section, key)) throw new Error(`buildConfig: PgBouncer ${version} has no ${section}/${key}`);
  };
  const settings: Setting[] = [];
  const put = (key: string, value: string | number, why: string) => {
    check('pgbouncer', key);
    settings.push({ key, value: String(value), why });
  };
  const entry = (section: Section, name: string, params: [string, string | number][], why: string): SectionEntry => {
    for (const [key] of params) check(section, key);
    return { name, params: params.map(([k, v]) => [k, String(v)] as const), why };
  };
  const serverless = w.clients.some((c) => c.kind === 'serverless');
  const transactional = w.pgbouncer.poolMode !== 'session';

  const databases: SectionEntry[] = [];
  for (const db of plan.databases) {
    const target: [string, string | number][] = [['host', w.server.host], ['port', w.server.port], ['dbname', db.serverDatabase]];
    const params: [string, string | number][] = [...target, ['pool_size', db.poolSize]];
    if (db.minPoolSize > 0) params.push(['min_pool_size', db.minPoolSize]);
    if (db.reservePool > 0) params.push(['reserve_pool', db.reservePool]);
    params.push(['max_db_connections', db.maxDbConnections]);
    if (supports.clientConnectionLimits(version)) params.push(['max_db_client_connections', plan.maxClientConn]);
    databases.push(entry('databases', db.name, params, `demand ${db.demand} client connections`));
    if (db.session) {
      databases.push(entry('databases', db.session.name,
        [...target, ['pool_mode', 'session'], ['pool_size', db.session.poolSize], ['max_db_connections', db.session.poolSize]],
        'session-mode alias for listeners, temp tables, WITH HOLD cursors and session locks'));
    }
  }

  put('listen_addr', w.pgbouncer.listenAddr, 'loopback by default: expose the pooler deliberately, not by accident');
  put('listen_port', w.pgbouncer.listenPort, 'the port clients connect to');
  put('auth_type', 'scram-sha-256', 'clients prove the password without sending it; auth_file holds SCRAM secrets only');
  put('auth_file', w.pgbouncer.authFile, 'userlist.txt from this bundle');
  if (w.pgbouncer.auth === 'auth_query') {
    put('auth_user', w.pgbouncer.authUser, 'the role that may call the lookup function (its secret is in auth_file)');
    put('auth_query', authQuerySql(), 'looks secrets up through the SECURITY DEFINER function of the auth-query migration');
    if (supports.authDbname(version)) put('auth_dbname', plan.databases[0]!.name, 'run the lookup in one database, so the function exists only there');
  }
  const admins = w.users.filter((u) => u.role === 'admin').map((u) => u.name);
  const stats = w.users.filter((u) => u.role === 'stats').map((u) => u.name);
  if (admins.length > 0) put('admin_users', admins.join(','), 'may run SET, RELOAD, PAUSE on the admin console');
  if (stats.length > 0) put('stats_users', stats.join(','), 'may run the read-only SHOW commands');
  put('pool_mode', w.pgbouncer.poolMode, transactional
    ? 'a server connection per transaction: many clients share few server connections'
    : 'a server connection per client session');
  put('default_pool_size', plan.defaultPoolSize, 'largest per-database pool; each database line sets its own pool_size');
  put('reserve_pool_size', plan.reservePoolSize, 'extra connections a pool may open when clients have waited reserve_pool_timeout');
  put('reserve_pool_timeout', 3, 'seconds a client waits before the reserve pool helps');
  put('max_client_conn', plan.maxClientConn, 'client connections PgBouncer accepts (client demand plus deploy overlap and admin slots)');
  put('server_idle_timeout', serverless ? 60 : 600, serverless
    ? 'seconds: close server connections a burst left idle (above min_pool_size) quickly'
    : 'seconds: close server connections idle for 10 minutes');
  put('server_lifetime', 3600, 'seconds: recycle server connections hourly (memory growth, DNS or failover changes)');
  put('query_wait_timeout', serverless ? 30 : 120, serverless
    ? 'seconds a client may wait for a server connection: fail before the function itself times out'
    : 'seconds a client may wait for a server connection before it gets an error');
  if (transactional) {
    put('idle_transaction_timeout', 60, 'seconds: a client idle inside a transaction pins a server connection; disconnect it');
  }
  put('ignore_startup_parameters', IGNORED_STARTUP_PARAMETERS.join(','), 'drivers (JDBC) send extra_float_digits at startup; dropping it is harmless');
  if (w.features.preparedStatements && supports.preparedStatements(version) && transactional) {
    put('max_prepared_statements', w.pgbouncer.maxPreparedStatements, 'track protocol-level named prepared statements across pooled connections');
  }

  const users = w.users.filter((u) => u.poolMode !== undefined)
    .map((u) => entry('users', u.name, [['pool_mode', u.poolMode!]], `${u.name} uses ${u.poolMode} pooling`));
  return { version, databases, pgbouncer: settings, users };
}

/** The `[pgbouncer]` settings as a map, for diffing with a running PgBouncer. */
export function pgbouncerSettings(config: PgBouncerConfig): Record<string, string> {
  return Object.fromEntries(config.pgbouncer.map((s) => [s.key, s.value]));
}

/** Every (section, key) the config emits, for the version-gate tests. */
export function emittedKeys(config: PgBouncerConfig): { section: Section; key: string }[] {
  return [
    ...config.databases.flatMap((d) => d.params.map(([key]) => ({ section: 'databases' as const, key }))),
    ...config.pgbouncer.map((s) => ({ section: 'pgbouncer' as const, key: s.key })),
    ...config.users.flatMap((u) => u.params.map(([key]) => ({ section: 'users' as const, key }))),
  ];
}
