import { describe, expect, it } from 'vitest';
import { Workload, type WorkloadInput } from '../model/workload';
import { planPools } from './sizing';

const plan = (input: Partial<WorkloadInput> & Pick<WorkloadInput, 'server' | 'clients'>) => {
  const result = planPools(Workload.parse({ databases: [{ name: 'app' }], users: [{ name: 'app' }], ...input }));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe('planPools: hand-computed cases', () => {
  it('small app, transaction mode', () => {
    // available = 100 − 3 − 0 = 97; CPU target = ceil(2 × 3) = 6; demand = 2 × 5 = 10
    // pool = min(10, round(6 × 10 / 10)) = 6; reserve = ceil(6 / 4) = 2; max_db = 8
    // max_client_conn = ceil(10 × 1.2) + 10 = 22
    const p = plan({ server: { cores: 2, maxConnections: 100 }, clients: [{ name: 'web', kind: 'long-lived', instances: 2, poolSize: 5 }] });
    expect(p.available).toBe(97);
    expect(p.cpuTarget).toBe(6);
    expect(p.databases[0]).toMatchObject({ demand: 10, poolSize: 6, reservePool: 2, maxDbConnections: 8, minPoolSize: 0, session: null });
    expect(p.maxClientConn).toBe(22);
    expect(p.totalServerConnections).toBe(8);
  });

  it('serverless burst keeps a warm minimum and counts instances as clients', () => {
    // available = 100 − 3 − 5 = 92; CPU target = 4 × 3 = 12; demand = 400 × 1 = 400
    // pool = min(400, round(12 × 400 / 400)) = 12; reserve = 3; min = ceil(12 / 4) = 3; max_db = 15
    // max_client_conn = ceil(400 × 1.2) + 10 = 490
    const p = plan({ server: { cores: 4, maxConnections: 100, otherReservedConnections: 5 }, clients: [{ name: 'fn', kind: 'serverless', instances: 400 }] });
    expect(p.available).toBe(92);
    expect(p.databases[0]).toMatchObject({ poolSize: 12, reservePool: 3, minPoolSize: 3, maxDbConnections: 15 });
    expect(p.maxClientConn).toBe(490);
  });

  it('a small demand caps the pool below the CPU target', () => {
    // CPU target = 8 × 3 = 24, demand = 1 × 4 = 4 → pool = min(4, 24) = 4, reserve = 1
    const p = plan({ server: { cores: 8, maxConnections: 100 }, clients: [{ name: 'cron', kind: 'long-lived', instances: 1, poolSize: 4 }] });
    expect(p.databases[0]).toMatchObject({ poolSize: 4, reservePool: 1, maxDbConnections: 5 });
  });

  it('splits the CPU target between databases by demand', () => {
    // CPU target = 4 × 2 = 8; demands 30 (a) and 10 (b), total 40
    // a: round(8 × 30 / 40) = 6, reserve 2 → 8;  b: round(8 × 10 / 40) = 2, reserve 1 → 3
    const p = plan({
      server: { cores: 4, maxConnections: 200, activeConnectionsPerCore: 2 },
      databases: [{ name: 'a' }, { name: 'b' }],
      clients: [{ name: 'x', kind: 'long-lived', instances: 3, poolSize: 10, database: 'a' }, { name: 'y', kind: 'long-lived', instances: 1, poolSize: 10, database: 'b' }],
    });
    expect(p.databases.map((d) => [d.name, d.poolSize, d.reservePool, d.maxDbConnections])).toEqual([['a', 6, 2, 8], ['b', 2, 1, 3]]);
    expect(p.defaultPoolSize).toBe(6);
    expect(p.reservePoolSize).toBe(2);
    expect(p.totalServerConnections).toBe(11);
  });

  it('session mode near max_connections is scaled to fit the budget', () => {
    // available = 60 − 3 − 7 = 50; session mode: pool = demand = 40 × 10 = 400, no reserve
    // wanted 400 > 50 → every pool × 50/400: pool = floor(400 × 50 / 400) = 50
    const p = plan({
      server: { cores: 16, maxConnections: 60, otherReservedConnections: 7 },
      clients: [{ name: 'w', kind: 'long-lived', instances: 40, poolSize: 10 }],
      pgbouncer: { poolMode: 'session' },
    });
    expect(p.available).toBe(50);
    expect(p.databases[0]).toMatchObject({ poolSize: 50, reservePool: 0, maxDbConnections: 50 });
    expect(p.totalServerConnections).toBeLessThanOrEqual(p.available);
    expect(p.warnings.join('\n')).toMatch(/scaled down/);
    expect(p.warnings.join('\n')).toMatch(/session mode with more clients/);
  });

  it('adds a session alias for LISTEN and counts it in the budget', () => {
    // pool 6 + reserve 2 + session alias 2 = 10 server connections; max_client_conn = ceil((10 + 2) × 1.2) + 10 = 25
    const p = plan({ server: { cores: 2, maxConnections: 100 }, clients: [{ name: 'web', kind: 'long-lived', instances: 2, poolSize: 5 }], features: { listenNotify: true } });
    expect(p.databases[0]!.session).toEqual({ name: 'app_session', poolSize: 2 });
    expect(p.totalServerConnections).toBe(10);
    expect(p.maxClientConn).toBe(25);
  });

  it('fails when even one connection per pool does not fit', () => {
    const result = planPools(Workload.parse({
      server: { cores: 2, maxConnections: 5, superuserReservedConnections: 3, otherReservedConnections: 1 },
      databases: [{ name: 'a' }, { name: 'b' }], users: [{ name: 'u' }],
      clients: [{ name: 'x', kind: 'long-lived', instances: 1, database: 'a' }, { name: 'y', kind: 'long-lived', instances: 1, database: 'b' }],
    }));
    expect(result.ok).toBe(false);
  });

  it('never uses floating-point ceilings that overshoot (50 × 1.2 = 60, not 61)', () => {
    // demand 50 → max_client_conn = 60 + 10 = 70
    const p = plan({ server: { cores: 2, maxConnections: 100 }, clients: [{ name: 'w', kind: 'long-lived', instances: 5, poolSize: 10 }] });
    expect(p.maxClientConn).toBe(70);
  });
});
