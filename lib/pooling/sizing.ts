import { err, ok, type Result } from '../result';
import type { Workload } from '../model/workload';

/**
 * Pool sizes from the workload, with every step written down so the numbers in
 * pgbouncer.ini can be checked by hand.
 *
 * The idea: PostgreSQL does useful work with about `cores × 2` to `cores × 4`
 * active connections (2 when queries are CPU-bound, 4 when they wait on I/O);
 * more connections only queue inside the server. In transaction mode a server
 * connection is busy only for a transaction, so a small server pool serves many
 * clients: the pool aims at `cores × activeConnectionsPerCore`, split between
 * databases in proportion to their client demand, never above that demand. In
 * session mode every client holds a server connection, so the pool must equal
 * the demand. Whatever the mode, the server connections of all pools (plus the
 * reserve pools and the session aliases) must fit in
 * `max_connections − superuser_reserved_connections − other reserved`.
 */
export interface SizingStep {
  readonly name: string;
  readonly formula: string;
  readonly value: number;
}

export interface DatabasePool {
  readonly name: string;
  readonly serverDatabase: string;
  /** Client connections the app can open to this database: Σ instances × poolSize. */
  readonly demand: number;
  readonly poolSize: number;
  readonly minPoolSize: number;
  readonly reservePool: number;
  /** pool_size + reserve_pool: caps the server connections of all users of this database together. */
  readonly maxDbConnections: number;
  /** The session-mode alias `<name>_session`, when the workload needs one. */
  readonly session: { readonly name: string; readonly poolSize: number } | null;
}

export interface PoolPlan {
  readonly available: number;
  readonly cpuTarget: number;
  readonly totalDemand: number;
  readonly defaultPoolSize: number;
  readonly reservePoolSize: number;
  readonly maxClientConn: number;
  /** Σ max_db_connections + session aliases: never above `available`. */
  readonly totalServerConnections: number;
  readonly databases: readonly DatabasePool[];
  readonly steps: readonly SizingStep[];
  readonly warnings: readonly string[];
}

export interface SizingProblem {
  readonly path: string;
  readonly message: string;
}

/** Extra client slots over the demand, in percent: rolling deploys briefly run old and new instances side by side. */
export const DEPLOY_OVERLAP_PERCENT = 20;
/** Client slots kept for the admin console and monitoring. */
export const ADMIN_CLIENT_SLOTS = 10;
/** Session-alias connections chosen when LISTEN/temp tables/WITH HOLD need one and none was given. */
export const DEFAULT_SESSION_CONNECTIONS = 2;

export function planPools(w: Workload): Result<PoolPlan, SizingProblem[]> {
  const steps: SizingStep[] = [];
  const warnings: string[] = [];
  const step = (name: string, formula: string, value: number) => {
    steps.push({ name, formula, value });
    return value;
  };
  const { server } = w;
  const mode = w.pgbouncer.poolMode;

  const available = step('available server connections',
    `max_connections − superuser_reserved_connections − other reserved = ${server.maxConnections} − ${server.superuserReservedConnections} − ${server.otherReservedConnections}`,
    server.maxConnections - server.superuserReservedConnections - server.otherReservedConnections);
  if (available < 1) return err([{ path: 'server.maxConnections', message: `no server connections left for the pooler (${available})` }]);

  const cpuTarget = step('CPU target', `ceil(cores × activeConnectionsPerCore) = ceil(${server.cores} × ${server.activeConnectionsPerCore})`,
    Math.ceil(server.cores * server.activeConnectionsPerCore));

  const demands = w.databases.map((db) => {
    const clients = w.clients.filter((c) => (c.database ?? w.databases[0]!.name) === db.name);
    const demand = clients.reduce((sum, c) => sum + c.instances * c.poolSize, 0);
    const terms = clients.map((c) => `${c.instances}×${c.poolSize}`).join(' + ') || '0';
    step(`client demand on ${db.name}`, `Σ instances × poolSize = ${terms}`, demand);
    return { db, demand, serverless: clients.some((c) => c.kind === 'serverless') };
  });
  const totalDemand = demands.reduce((sum, d) => sum + d.demand, 0);

  const needsSessionAlias = mode !== 'session' && (w.features.listenNotify || w.features.tempTables || w.features.withHoldCursors);
  let pools = demands.map(({ db, demand, serverless }) => {
    let poolSize: number;
    if (demand === 0) poolSize = 1;
    else if (mode === 'session') poolSize = step(`pool_size ${db.name}`, `session mode: one server connection per client = demand`, demand);
    else {
      const share = Math.max(1, Math.round((cpuTarget * demand) / totalDemand));
      poolSize = step(`pool_size ${db.name}`,
        `min(demand, max(1, round(CPU target × demand ÷ total demand))) = min(${demand}, max(1, round(${cpuTarget} × ${demand} ÷ ${totalDemand})))`,
        Math.min(demand, share));
    }
    // The reserve absorbs bursts after reserve_pool_timeout; session pools have no bursts to absorb.
    const reservePool = mode === 'session' ? 0 : step(`reserve_pool ${db.name}`, `ceil(pool_size ÷ 4) = ceil(${poolSize} ÷ 4)`, Math.ceil(poolSize / 4));
    const sessionSize = db.sessionConnections > 0 ? db.sessionConnections : needsSessionAlias ? DEFAULT_SESSION_CONNECTIONS : 0;
    return { db, demand, serverless, poolSize, reservePool, sessionSize };
  });

  const need = () => pools.reduce((sum, p) => sum + p.poolSize + p.reservePool + p.sessionSize, 0);
  const wanted = need();
  if (wanted > available) {
    // Scale every pool by the same factor, flooring, so the sum fits; each keeps at least one connection.
    const factor = available / wanted;
    // n × available ÷ wanted in one division: exact whenever the true quotient is a whole number.
    const scale = (n: number) => Math.floor((n * available) / wanted);
    pools = pools.map((p) => ({
      ...p,
      poolSize: Math.max(1, scale(p.poolSize)),
      reservePool: scale(p.reservePool),
      sessionSize: p.sessionSize > 0 ? Math.max(1, scale(p.sessionSize)) : 0,
    }));
    step('scale to fit', `available ÷ wanted = ${available} ÷ ${wanted} = ${factor.toFixed(3)}; every pool × factor, floored`, need());
    warnings.push(`the pools wanted ${wanted} server connections but only ${available} are available; all pools were scaled down by ${factor.toFixed(3)}`);
    if (need() > available) {
      return err([{ path: 'databases', message: `${pools.length} databases need at least ${need()} server connections but only ${available} are available` }]);
    }
  }
  if (mode === 'session' && totalDemand > pools.reduce((s, p) => s + p.poolSize, 0)) {
    warnings.push('session mode with more clients than server connections: clients beyond the pool wait (query_wait_timeout) for a connection to be released');
  }

  const databases: DatabasePool[] = pools.map((p) => {
    const minPoolSize = p.serverless && mode !== 'session'
      ? step(`min_pool_size ${p.db.name}`, `serverless clients: keep ceil(pool_size ÷ 4) warm = ceil(${p.poolSize} ÷ 4)`, Math.ceil(p.poolSize / 4))
      : 0;
    const maxDbConnections = step(`max_db_connections ${p.db.name}`, `pool_size + reserve_pool = ${p.poolSize} + ${p.reservePool}`, p.poolSize + p.reservePool);
    return {
      name: p.db.name,
      serverDatabase: p.db.serverDatabase ?? p.db.name,
      demand: p.demand,
      poolSize: p.poolSize,
      minPoolSize,
      reservePool: p.reservePool,
      maxDbConnections,
      session: p.sessionSize > 0 ? { name: `${p.db.name}_session`, poolSize: p.sessionSize } : null,
    };
  });

  const sessionClients = databases.reduce((sum, d) => sum + (d.session?.poolSize ?? 0), 0);
  const totalServerConnections = step('server connections used',
    `Σ max_db_connections + Σ session aliases = ${databases.map((d) => d.maxDbConnections).join(' + ')} + ${sessionClients} (≤ ${available})`,
    databases.reduce((sum, d) => sum + d.maxDbConnections, 0) + sessionClients);
  const defaultPoolSize = step('default_pool_size', 'max over databases of pool_size', Math.max(...databases.map((d) => d.poolSize)));
  const reservePoolSize = step('reserve_pool_size', 'max over databases of reserve_pool', Math.max(...databases.map((d) => d.reservePool)));
  const overlap = (100 + DEPLOY_OVERLAP_PERCENT) / 100;
  const maxClientConn = step('max_client_conn',
    `ceil((total demand + session clients) × ${overlap}) + ${ADMIN_CLIENT_SLOTS} = ceil((${totalDemand} + ${sessionClients}) × ${overlap}) + ${ADMIN_CLIENT_SLOTS}`,
    // Integer arithmetic: 50 × 1.2 is 60.00000000000001 in floating point, and its ceiling 61.
    Math.ceil(((totalDemand + sessionClients) * (100 + DEPLOY_OVERLAP_PERCENT)) / 100) + ADMIN_CLIENT_SLOTS);

  return ok({ available, cpuTarget, totalDemand, defaultPoolSize, reservePoolSize, maxClientConn, totalServerConnections, databases, steps, warnings });
}
