import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusEvent, OpsBus } from '../../lib/server/collab/bus';
import { COLLAB_CHANNEL, createPgBus } from '../../lib/server/collab/pg-bus';
import { serverBackend, type TestDatabase } from '../storage/support/backends';

/** Collects a bus's events and waits for one that matches. */
function recorder(bus: OpsBus) {
  const events: BusEvent[] = [];
  const waiters: { test: (e: BusEvent) => boolean; resolve: () => void }[] = [];
  bus.listen((event) => {
    events.push(event);
    for (const waiter of waiters.filter((w) => w.test(event))) waiter.resolve();
  });
  return {
    events,
    until(test: (e: BusEvent) => boolean, timeoutMs = 15_000): Promise<void> {
      if (events.some(test)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)), timeoutMs);
        waiters.push({ test, resolve: () => { clearTimeout(timer); resolve(); } });
      });
    },
  };
}

describe.skipIf(serverBackend.skipReason !== null)(`co-editing: the LISTEN/NOTIFY bus between instances — ${serverBackend.name}`, () => {
  let database: TestDatabase;
  let pools: pg.Pool[];
  let buses: (OpsBus & { ready(): Promise<void> })[];

  beforeAll(async () => {
    database = await serverBackend.open();
    pools = [0, 1].map(() => new pg.Pool({ connectionString: database.connectionString, max: 2 }));
    buses = pools.map((pool) => createPgBus({
      connection: { connectionString: database.connectionString, application_name: 'tablecraft collab test' },
      notify: (channel, payload) => pool.query('SELECT pg_notify($1, $2)', [channel, payload]),
      log: () => undefined,
    }));
    await Promise.all(buses.map((bus) => bus.ready()));
  });
  afterAll(async () => {
    await Promise.all((buses ?? []).map((bus) => bus.close()));
    await Promise.all((pools ?? []).map((pool) => pool.end()));
    await database?.close();
  });

  it('carries an event from one instance to the other, and to the sender at once but only once', async () => {
    const [a, b] = buses.map(recorder) as [ReturnType<typeof recorder>, ReturnType<typeof recorder>];
    await buses[0]!.publish({ kind: 'ops', diagramId: 'd-1', revision: 7 });
    await b.until((e) => e.kind === 'ops' && e.revision === 7);
    await buses[1]!.publish({ kind: 'presence', diagramId: 'd-1' });
    await a.until((e) => e.kind === 'presence');
    // Its own NOTIFY comes back to the sender through the server; it must not count twice.
    await buses[0]!.publish({ kind: 'ops', diagramId: 'd-1', revision: 8 });
    await b.until((e) => e.kind === 'ops' && e.revision === 8);
    expect(a.events.filter((e) => e.kind === 'ops' && e.revision === 7)).toHaveLength(1);
    expect(a.events.filter((e) => e.kind === 'ops' && e.revision === 8)).toHaveLength(1);
  });

  it('ignores foreign payloads on the channel', async () => {
    const b = recorder(buses[1]!);
    await pools[0]!.query('SELECT pg_notify($1, $2)', [COLLAB_CHANNEL, 'not json']);
    await pools[0]!.query('SELECT pg_notify($1, $2)', [COLLAB_CHANNEL, JSON.stringify({ kind: 'drop tables', diagramId: 'x' })]);
    await buses[0]!.publish({ kind: 'ops', diagramId: 'after-junk', revision: 1 });
    await b.until((e) => e.kind === 'ops' && e.diagramId === 'after-junk');
    expect(b.events.every((e) => e.kind === 'ops' || e.kind === 'presence' || e.kind === 'resync')).toBe(true);
  });

  it('reconnects when its listening connection is killed, says "resync", and hears events again', async () => {
    const [a, b] = buses.map(recorder) as [ReturnType<typeof recorder>, ReturnType<typeof recorder>];
    const admin = new pg.Client({ connectionString: database.connectionString });
    await admin.connect();
    try {
      // Both instances' listening connections (their last query was LISTEN).
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
      );
      expect(killed.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    await Promise.all([a.until((e) => e.kind === 'resync', 30_000), b.until((e) => e.kind === 'resync', 30_000)]);
    await buses[0]!.publish({ kind: 'ops', diagramId: 'after-reconnect', revision: 100 });
    await b.until((e) => e.kind === 'ops' && e.diagramId === 'after-reconnect');
  });
});
