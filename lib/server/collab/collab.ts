import type pg from 'pg';
import type { Database } from '../db/prisma';
import { createInProcessBus, type OpsBus } from './bus';
import { CollabHub, DEFAULT_FEED_OPTIONS } from './hub';
import { createOpsService, type OpsService } from './ops-service';
import { createPgBus } from './pg-bus';
import { createPresenceService, type PresenceService } from './presence-service';
import type { FeedOptions } from './feed';

/** Live co-editing for one storage: the bus between instances, this process's subscribers, and the services. */
export interface Collab {
  readonly bus: OpsBus;
  readonly hub: CollabHub;
  readonly ops: OpsService;
  readonly presence: PresenceService;
  close(): Promise<void>;
}

export interface CollabStorage {
  readonly kind: 'embedded' | 'server';
  readonly pool: pg.Pool;
  readonly db: Database;
}

/**
 * Wires co-editing to a storage. With a PostgreSQL server (several app
 * instances may share it) the bus is LISTEN/NOTIFY; with the embedded database
 * (one process owns it) it is in-process.
 */
export function createCollab(storage: CollabStorage, options: { feed?: FeedOptions; bus?: OpsBus } = {}): Collab {
  const bus = options.bus ?? (storage.kind === 'server'
    ? createPgBus({
      connection: storage.pool.options,
      notify: (channel, payload) => storage.pool.query('SELECT pg_notify($1, $2)', [channel, payload]),
    })
    : createInProcessBus());
  const presence = createPresenceService(storage.db, (diagramId) => bus.publish({ kind: 'presence', diagramId }));
  const ops = createOpsService(storage.db, (diagramId, revision, logged) => bus.publish({ kind: 'ops', diagramId, revision, ops: logged }));
  const hub = new CollabHub(storage.db, presence, bus, options.feed ?? DEFAULT_FEED_OPTIONS);
  attachBus(storage.db, bus);
  return {
    bus, hub, ops, presence,
    async close() {
      hub.close();
      await bus.close();
    },
  };
}

/*
 * Kept on globalThis under registered symbols, like the storage itself: Next.js
 * may load this module once per route bundle, and the route that applies an
 * operation must reach the subscribers the events route holds.
 */
const BUSES = Symbol.for('tablecraft.collab.buses');

function buses(): WeakMap<object, OpsBus> {
  const slots = globalThis as unknown as Record<symbol, WeakMap<object, OpsBus> | undefined>;
  return (slots[BUSES] ??= new WeakMap());
}

function attachBus(db: Database, bus: OpsBus): void {
  buses().set(db, bus);
}

/**
 * Tells live editors that a diagram has a new revision, from code that writes
 * documents outside the ops endpoint (a save over the API, a restore) after its
 * transaction committed. Without co-editing wired to this database it does
 * nothing (tests, tools); the slow poll would pick the change up anyway.
 */
export async function notifyRevision(db: Database, diagramId: string, revision: number): Promise<void> {
  await buses().get(db)?.publish({ kind: 'ops', diagramId, revision });
}
