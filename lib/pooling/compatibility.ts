import type { SessionFeatures, Workload } from '../model/workload';
import { supports } from './versions';

/**
 * What breaks when the workload's session features meet the chosen pool mode,
 * and what to do about it. In transaction (and statement) mode a client gets a
 * server connection only for one transaction (statement); anything that lives
 * on the *session* (a SET, a LISTEN, a session lock, a temp table, a held
 * cursor, a named prepared statement) stays behind on a connection that the next
 * client then receives.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface CompatibilityEntry {
  /** Stable id for tooling, e.g. `pooling.listen-notify`. */
  readonly code: string;
  readonly feature: keyof SessionFeatures | 'pool-mode' | 'serverless';
  readonly severity: Severity;
  readonly problem: string;
  readonly fix: string;
}

export function compatibilityReport(w: Workload): CompatibilityEntry[] {
  const mode = w.pgbouncer.poolMode;
  const version = w.pgbouncer.version;
  const f = w.features;
  const entries: CompatibilityEntry[] = [];
  const add = (entry: CompatibilityEntry) => entries.push(entry);
  const serverless = w.clients.some((c) => c.kind === 'serverless');
  const sessionAlias = w.databases.map((d) => `${d.name}_session`).join(', ');

  if (mode === 'session') {
    add({
      code: 'pooling.session-mode', feature: 'pool-mode', severity: serverless ? 'warning' : 'info',
      problem: 'Session mode keeps one server connection per connected client: every session feature works, but the pool saves connection set-up only, not server connections.',
      fix: serverless
        ? 'Serverless functions open many short-lived clients; prefer transaction mode and a session alias only for the parts that need a session.'
        : 'Use transaction mode once the session features below are handled, to serve many clients with few server connections.',
    });
    return entries;
  }

  if (mode === 'statement') {
    add({
      code: 'pooling.statement-mode', feature: 'pool-mode', severity: 'warning',
      problem: 'Statement mode refuses multi-statement transactions: BEGIN … COMMIT from the app fails.',
      fix: 'Use transaction mode unless every query is a single autocommit statement.',
    });
  }

  if (f.sessionSet) {
    add({
      code: 'pooling.session-set', feature: 'sessionSet', severity: 'warning',
      problem: 'A plain SET changes the server connection, not the client: the value leaks to the next client that gets the connection and is missing from the next transaction of this one.',
      fix: [
        'Use SET LOCAL inside the transaction (or set_config(name, value, true)),',
        'or give the setting to the role/database (ALTER ROLE … SET …), or pass it as a startup parameter:',
        'PgBouncer tracks client_encoding, DateStyle, TimeZone, standard_conforming_strings and application_name per client',
        supports.trackExtraParameters(version)
          ? `and, on ${version}, more parameters the server reports, listed in track_extra_parameters.`
          : `(track_extra_parameters, which tracks more of them, needs PgBouncer 1.20 or newer; this is ${version}).`,
      ].join(' '),
    });
  }

  if (f.preparedStatements) {
    if (supports.preparedStatements(version)) {
      add({
        code: 'pooling.prepared-statements', feature: 'preparedStatements', severity: 'info',
        problem: 'Protocol-level named prepared statements are tied to one server connection.',
        fix: `max_prepared_statements = ${w.pgbouncer.maxPreparedStatements} is set: PgBouncer ${version} tracks them and re-prepares them on whichever server connection a client gets. SQL-level PREPARE/EXECUTE and DEALLOCATE of one name are still not tracked.`,
      });
    } else {
      add({
        code: 'pooling.prepared-statements', feature: 'preparedStatements', severity: 'error',
        problem: `PgBouncer ${version} does not track named prepared statements: "prepared statement … does not exist" or "already exists" errors once clients share server connections.`,
        fix: 'Upgrade to PgBouncer 1.21 or newer (max_prepared_statements), or turn named statements off in the driver: node-postgres — no `name` in query configs; JDBC — prepareThreshold=0; Prisma — ?pgbouncer=true; asyncpg — statement_cache_size=0.',
      });
    }
  }

  if (f.listenNotify) {
    add({
      code: 'pooling.listen-notify', feature: 'listenNotify', severity: 'error',
      problem: 'LISTEN registers on the server connection; after the transaction the connection goes back to the pool, so notifications reach whoever holds it next, or nobody.',
      fix: `Connect the listener directly to PostgreSQL, or through the session-mode alias (${sessionAlias}). NOTIFY itself works in transaction mode.`,
    });
  }

  if (f.advisoryLocks) {
    add({
      code: 'pooling.advisory-locks', feature: 'advisoryLocks', severity: 'error',
      problem: 'A session-level pg_advisory_lock stays held by the server connection after the transaction: another client may inherit it, and the unlock may run on a different connection and fail.',
      fix: `Use transaction-level locks (pg_advisory_xact_lock, pg_try_advisory_xact_lock), released at COMMIT; or take session locks through the session-mode alias (${sessionAlias}).`,
    });
  }

  if (f.tempTables) {
    add({
      code: 'pooling.temp-tables', feature: 'tempTables', severity: 'error',
      problem: 'A temporary table lives in the server session: the next transaction may run on another connection that does not have it, or on one where another client left its own.',
      fix: `Create and use it inside one transaction (CREATE TEMP TABLE … ON COMMIT DROP), or use the session-mode alias (${sessionAlias}).`,
    });
  }

  if (f.withHoldCursors) {
    add({
      code: 'pooling.with-hold-cursors', feature: 'withHoldCursors', severity: 'error',
      problem: 'A WITH HOLD cursor outlives its transaction on the server connection, so later FETCHes may reach a different connection.',
      fix: `Fetch inside the transaction with a plain cursor, or use the session-mode alias (${sessionAlias}).`,
    });
  }

  if (serverless) {
    add({
      code: 'pooling.serverless', feature: 'serverless', severity: 'info',
      problem: 'Serverless functions scale out to many instances, each opening its own connections.',
      fix: 'Give each function instance a client pool of 1 and connect through the pooler in transaction mode; the workload counts max concurrent instances × pool size as client demand.',
    });
  }
  return entries;
}
