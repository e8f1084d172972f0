import { Workload, type WorkloadInput } from '../../lib/model/workload';

/** The workloads every live test boots PgBouncer with; `db`/`user` are the fresh test database and role. */
export interface Names {
  readonly db: string;
  readonly user: string;
  readonly admin: string;
  readonly authFile: string;
  readonly port: number;
}

type Shape = Omit<WorkloadInput, 'databases' | 'users'> & { users?: WorkloadInput['users'] };

export const SHAPES: Record<string, Shape> = {
  'small app': {
    server: { cores: 2, maxConnections: 100 },
    clients: [{ name: 'web', kind: 'long-lived', instances: 2, poolSize: 5 }],
  },
  'serverless burst': {
    server: { cores: 4, maxConnections: 100, otherReservedConnections: 5 },
    clients: [{ name: 'api', kind: 'serverless', instances: 400 }],
    features: { preparedStatements: true },
  },
  'many instances near max_connections': {
    server: { cores: 16, maxConnections: 60, superuserReservedConnections: 3, otherReservedConnections: 7, activeConnectionsPerCore: 4 },
    clients: [{ name: 'workers', kind: 'long-lived', instances: 40, poolSize: 10 }],
    pgbouncer: { poolMode: 'session' },
  },
  'LISTEN/NOTIFY': {
    server: { cores: 2, maxConnections: 100 },
    clients: [{ name: 'web', kind: 'long-lived', instances: 3, poolSize: 4 }],
    features: { listenNotify: true, sessionSet: true },
  },
};

export function workloadFor(shape: Shape, names: Names, version: Workload['pgbouncer']['version']): Workload {
  return Workload.parse({
    ...shape,
    databases: [{ name: names.db }],
    users: [{ name: names.user }, { name: names.admin, role: 'admin' }],
    pgbouncer: { ...shape.pgbouncer, version, listenPort: names.port, authFile: names.authFile },
  });
}
