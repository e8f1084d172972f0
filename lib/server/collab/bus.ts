import type { LoggedOp } from '../../collab/types';

/**
 * How app instances tell each other that a diagram changed. The event is only a
 * nudge — "diagram D has revision N now", "D's presence changed" — every
 * instance then reads what it needs from the database, so a nudge can be lost
 * or repeated without harm (a slow poll catches what a lost one missed).
 */
export type BusEvent =
  | {
    readonly kind: 'ops'; readonly diagramId: string; readonly revision: number;
    /** The operations themselves, only within the process that applied them (never sent between instances). */
    readonly ops?: readonly LoggedOp[];
  }
  | { readonly kind: 'presence'; readonly diagramId: string }
  /** The listening connection was re-established: nudges may have been missed, re-read everything. */
  | { readonly kind: 'resync' };

export type BusListener = (event: BusEvent) => void;

export interface OpsBus {
  readonly kind: 'in-process' | 'postgres';
  /** Tells every instance, this one included (at once, not through the database). */
  publish(event: Exclude<BusEvent, { kind: 'resync' }>): Promise<void>;
  /** Hears every event; returns the function that stops listening. */
  listen(listener: BusListener): () => void;
  close(): Promise<void>;
}

/** Calls every listener, so one that throws cannot starve the others. */
export function dispatch(listeners: Iterable<BusListener>, event: BusEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error('[tablecraft] collab: a bus listener failed', error);
    }
  }
}

/**
 * The bus of a single process: the embedded database (PGlite) belongs to one
 * process, so every editor of it is connected here. (A long-lived LISTEN
 * connection there would also tie up PGlite's one backend.)
 */
export function createInProcessBus(): OpsBus {
  const listeners = new Set<BusListener>();
  return {
    kind: 'in-process',
    async publish(event) {
      dispatch(listeners, event);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
