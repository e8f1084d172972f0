import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { dispatch, type BusEvent, type BusListener, type OpsBus } from './bus';

export const COLLAB_CHANNEL = 'tablecraft_collab';
const RECONNECT_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

export interface PgBusOptions {
  /** How to open the dedicated listening connection (the pool's settings). */
  readonly connection: pg.ClientConfig;
  /** Sends one NOTIFY; usually over the app's pool. */
  readonly notify: (channel: string, payload: string) => Promise<unknown>;
  readonly log?: (line: string) => void;
}

/**
 * The bus between app instances sharing one PostgreSQL server: LISTEN/NOTIFY on
 * `tablecraft_collab`. Each process holds one dedicated connection that
 * listens; publishing is a `pg_notify` over the pool. An event reaches this
 * process's listeners at once and other processes through the server; each
 * payload carries the sender's id so a process ignores its own echo. When the
 * listening connection drops it is re-opened with backoff, and listeners get a
 * `resync` (nudges sent meanwhile were lost).
 */
export function createPgBus(options: PgBusOptions): OpsBus & { ready(): Promise<void> } {
  const origin = randomUUID();
  const listeners = new Set<BusListener>();
  const log = options.log ?? ((line: string) => console.warn(line));
  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client(options.connection);
    next.on('error', (error) => drop(next, error));
    next.on('end', () => drop(next, new Error('the connection ended')));
    next.on('notification', (message) => {
      if (message.channel !== COLLAB_CHANNEL || !message.payload) return;
      const event = decode(message.payload, origin);
      if (event) dispatch(listeners, event);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${COLLAB_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    if (failures > 0) {
      log(`[tablecraft] collab: listening for changes from other instances again`);
      dispatch(listeners, { kind: 'resync' });
    }
    failures = 0;
  };

  const drop = (which: pg.Client, error: Error) => {
    if (client !== which || closed) return;
    client = null;
    which.end().catch(() => undefined);
    log(`[tablecraft] collab: lost the connection that listens for other instances' changes (${error.message}); reconnecting`);
    schedule();
  };

  const schedule = () => {
    if (closed || retry) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(failures, RECONNECT_DELAYS_MS.length - 1)]!;
    failures += 1;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error: Error) => {
        log(`[tablecraft] collab: cannot listen for other instances' changes yet (${error.message})`);
        schedule();
      });
    }, delay);
    retry.unref?.();
  };

  const firstConnect = connect().catch((error: Error) => {
    log(`[tablecraft] collab: cannot listen for other instances' changes (${error.message}); retrying`);
    schedule();
  });

  return {
    kind: 'postgres',
    ready: () => firstConnect,
    async publish(event) {
      dispatch(listeners, event);
      // The slow poll covers a NOTIFY that cannot be sent; the edit itself is committed either way.
      // Only the nudge crosses: other instances read the operations from the log (a NOTIFY payload is small).
      const nudge = event.kind === 'ops' ? { kind: event.kind, diagramId: event.diagramId, revision: event.revision } : event;
      await options.notify(COLLAB_CHANNEL, JSON.stringify({ ...nudge, origin })).catch((error: Error) => {
        log(`[tablecraft] collab: could not tell other instances about a change (${error.message})`);
      });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      listeners.clear();
      await firstConnect;
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}

function decode(payload: string, ownOrigin: string): BusEvent | null {
  try {
    const value = JSON.parse(payload) as Record<string, unknown>;
    if (value.origin === ownOrigin || typeof value.diagramId !== 'string') return null;
    if (value.kind === 'ops' && typeof value.revision === 'number') return { kind: 'ops', diagramId: value.diagramId, revision: value.revision };
    if (value.kind === 'presence') return { kind: 'presence', diagramId: value.diagramId };
    return null;
  } catch {
    return null;
  }
}
