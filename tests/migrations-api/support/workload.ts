import type { WorkloadInput } from '../../../lib/model/workload';

/** A small workload: 8 cores, two app instances of 20, a serverless group, one app user and an admin. */
export const WORKLOAD: WorkloadInput = {
  server: { cores: 8, maxConnections: 200 },
  clients: [
    { name: 'api', kind: 'long-lived', instances: 2, poolSize: 20 },
    { name: 'functions', kind: 'serverless', instances: 50, poolSize: 1 },
  ],
  features: { preparedStatements: true },
  databases: [{ name: 'shop' }],
  users: [{ name: 'app' }, { name: 'ops', role: 'admin' }],
};
