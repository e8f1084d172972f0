import { PGBOUNCER_VERSIONS, type PgBouncerVersion } from '../model/workload';

/**
 * Which settings each PgBouncer release accepts: the one source of truth for the
 * generator, the tests and the live diff. PgBouncer refuses to start on a key it
 * does not know ("ERROR unknown parameter: pgbouncer/<name>", then "FATAL cannot
 * load config file"), so an emitted key that is too new breaks the deployment.
 *
 * Where the knowledge comes from:
 * - 1.18: read from the real binary (Debian's 1.18.0): `SHOW CONFIG` on its admin
 *   console lists every `[pgbouncer]` key, with `changeable` = no for those that
 *   need a restart. tests/pooling/versions-live.test.ts re-checks this list
 *   against the installed binary.
 * - later keys: the PgBouncer changelog (NEWS.md / pgbouncer.org/changelog) and
 *   the pull requests it cites; each entry names its source.
 * No `[pgbouncer]` key was removed between 1.18 and 1.25 as far as the changelog
 * says; `removedIn` exists so a future removal is one line.
 */
export type Section = 'pgbouncer' | 'databases' | 'users';

/** `set`: the admin console's SET (and RELOAD) change it live; `restart`: only a restart does. */
export type ApplyMode = 'set' | 'restart';

export interface SettingInfo {
  readonly since: PgBouncerVersion;
  readonly removedIn?: PgBouncerVersion;
  readonly apply: ApplyMode;
  readonly source: string;
}

const BASE = '1.18';
const BASE_SOURCE = 'SHOW CONFIG of PgBouncer 1.18.0';

/** `[pgbouncer]` keys of 1.18 that SHOW CONFIG reports as changeable. */
const BASE_RELOADABLE = [
  'admin_users', 'application_name_add_host', 'auth_file', 'auth_hba_file', 'auth_query', 'auth_type', 'auth_user',
  'autodb_idle_timeout', 'client_idle_timeout', 'client_login_timeout', 'client_tls_ca_file', 'client_tls_cert_file',
  'client_tls_ciphers', 'client_tls_dheparams', 'client_tls_ecdhcurve', 'client_tls_key_file', 'client_tls_protocols',
  'client_tls_sslmode', 'conffile', 'default_pool_size', 'dns_max_ttl', 'dns_nxdomain_ttl', 'dns_zone_check_period',
  'idle_transaction_timeout', 'ignore_startup_parameters', 'log_connections', 'log_disconnections', 'log_pooler_errors',
  'log_stats', 'logfile', 'max_client_conn', 'max_db_connections', 'max_packet_size', 'max_user_connections',
  'min_pool_size', 'pool_mode', 'query_timeout', 'query_wait_timeout', 'reserve_pool_size', 'reserve_pool_timeout',
  'sbuf_loopcnt', 'server_check_delay', 'server_check_query', 'server_connect_timeout', 'server_fast_close',
  'server_idle_timeout', 'server_lifetime', 'server_login_retry', 'server_reset_query', 'server_reset_query_always',
  'server_round_robin', 'server_tls_ca_file', 'server_tls_cert_file', 'server_tls_ciphers', 'server_tls_key_file',
  'server_tls_protocols', 'server_tls_sslmode', 'stats_period', 'stats_users', 'suspend_timeout', 'syslog',
  'syslog_facility', 'syslog_ident', 'tcp_defer_accept', 'tcp_keepalive', 'tcp_keepcnt', 'tcp_keepidle',
  'tcp_keepintvl', 'tcp_socket_buffer', 'tcp_user_timeout', 'verbose',
] as const;

/** `[pgbouncer]` keys of 1.18 that SHOW CONFIG reports as not changeable (listen sockets, process identity). */
const BASE_RESTART = [
  'disable_pqexec', 'job_name', 'listen_addr', 'listen_backlog', 'listen_port', 'pidfile', 'pkt_buf', 'resolv_conf',
  'so_reuseport', 'unix_socket_dir', 'unix_socket_group', 'unix_socket_mode', 'user',
] as const;

const PGBOUNCER_SECTION: Record<string, SettingInfo> = {
  ...Object.fromEntries(BASE_RELOADABLE.map((key) => [key, { since: BASE, apply: 'set', source: BASE_SOURCE }])),
  ...Object.fromEntries(BASE_RESTART.map((key) => [key, { since: BASE, apply: 'restart', source: BASE_SOURCE }])),
  // PR #764 "Introduce auth_dbname as an option", merged 2023-01-03: first released in 1.19.0 (2023-05-04).
  auth_dbname: { since: '1.19', apply: 'set', source: 'changelog 1.19.0, PR #764' },
  // 1.20.0 (2023-07-20): "track_extra_parameters" lets PgBouncer track more server-reported parameters per client.
  track_extra_parameters: { since: '1.20', apply: 'set', source: 'changelog 1.20.0' },
  // 1.21.0 "The one with prepared statements": protocol-level named prepared statements (PR #845).
  max_prepared_statements: { since: '1.21', apply: 'set', source: 'changelog 1.21.0, PR #845' },
  // 1.23.0 (2024-07-03): user name maps (auth_ident_file) and rolling restarts of peered processes (peer_id).
  auth_ident_file: { since: '1.23', apply: 'set', source: 'changelog 1.23.0 (user name maps)' },
  peer_id: { since: '1.23', apply: 'restart', source: 'changelog 1.23.0 (rolling restarts with peers)' },
  // 1.24.0 (2025-01-10): "tracking and limiting connection counts per user and database" (PR #1137 and follow-ups).
  max_user_client_connections: { since: '1.24', apply: 'set', source: 'changelog 1.24.0, PR #1137' },
  max_db_client_connections: { since: '1.24', apply: 'set', source: 'changelog 1.24.0' },
  // PR #1339 "Make SCRAM iterations runtime configurable", merged mid-2025: first released in 1.25.0 (2025-11-09).
  scram_iterations: { since: '1.25', apply: 'set', source: 'PR #1339, released in 1.25.0' },
};

/** Connection-string keys of a `[databases]` entry. */
const DATABASES_SECTION: Record<string, SettingInfo> = {
  ...Object.fromEntries([
    'dbname', 'host', 'port', 'user', 'password', 'auth_user', 'pool_size', 'min_pool_size', 'reserve_pool',
    'connect_query', 'pool_mode', 'max_db_connections', 'client_encoding', 'datestyle', 'timezone',
  ].map((key) => [key, { since: BASE, apply: 'set', source: 'PgBouncer 1.18 [databases] options (booted in tests)' }])),
  auth_dbname: { since: '1.19', apply: 'set', source: 'changelog 1.19.0, PR #764' },
  // 1.22.0: "Support configuring auth_query per database" (PR #979).
  auth_query: { since: '1.22', apply: 'set', source: 'changelog 1.22.0, PR #979' },
  max_db_client_connections: { since: '1.24', apply: 'set', source: 'changelog 1.24.0' },
};

/** Keys of a `[users]` entry. Per-user pool_mode and max_user_connections date from 1.6 (changelog 1.6). */
const USERS_SECTION: Record<string, SettingInfo> = {
  pool_mode: { since: BASE, apply: 'set', source: 'changelog 1.6 (pool mode per user)' },
  max_user_connections: { since: BASE, apply: 'set', source: 'changelog 1.6 (max_user_connections)' },
  // pgbouncer_fdw 1.2.0 ("support for PgBouncer 1.23") adds the users' pool_size column.
  pool_size: { since: '1.23', apply: 'set', source: 'PgBouncer 1.23 SHOW USERS pool_size' },
  max_user_client_connections: { since: '1.24', apply: 'set', source: 'changelog 1.24.0, PR #1137' },
};

export const SETTINGS: Readonly<Record<Section, Readonly<Record<string, SettingInfo>>>> = {
  pgbouncer: PGBOUNCER_SECTION,
  databases: DATABASES_SECTION,
  users: USERS_SECTION,
};

export function versionIndex(version: PgBouncerVersion): number {
  return PGBOUNCER_VERSIONS.indexOf(version);
}

export function atLeast(version: PgBouncerVersion, minimum: PgBouncerVersion): boolean {
  return versionIndex(version) >= versionIndex(minimum);
}

export function settingInfo(section: Section, key: string): SettingInfo | undefined {
  return Object.hasOwn(SETTINGS[section], key) ? SETTINGS[section][key] : undefined;
}

/** Whether `version` accepts `key` in `section`. */
export function isKnownSetting(version: PgBouncerVersion, section: Section, key: string): boolean {
  const info = settingInfo(section, key);
  if (!info) return false;
  return atLeast(version, info.since) && (info.removedIn === undefined || !atLeast(version, info.removedIn));
}

/** Every key `version` accepts in `section`, sorted. */
export function knownSettings(version: PgBouncerVersion, section: Section): string[] {
  return Object.keys(SETTINGS[section]).filter((key) => isKnownSetting(version, section, key)).sort();
}

/** Features a version has, named once so the generator and the report agree. */
export const supports = {
  preparedStatements: (v: PgBouncerVersion) => isKnownSetting(v, 'pgbouncer', 'max_prepared_statements'),
  authDbname: (v: PgBouncerVersion) => isKnownSetting(v, 'pgbouncer', 'auth_dbname'),
  trackExtraParameters: (v: PgBouncerVersion) => isKnownSetting(v, 'pgbouncer', 'track_extra_parameters'),
  clientConnectionLimits: (v: PgBouncerVersion) => isKnownSetting(v, 'databases', 'max_db_client_connections'),
};
