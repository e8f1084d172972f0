import type { CollabEvents } from '../../api/collab';
import type { LoggedOp } from '../../collab/types';
import { SSE_HEARTBEAT, sseEvent } from '../../collab/sse';
import type { CollabHub } from './hub';

export const HEARTBEAT_MS = 15_000;

export interface EventStreamOptions {
  readonly diagramId: string;
  readonly after: number;
  /** The subscriber's own presence entry is left out of the presence it is sent. */
  readonly clientId?: string;
  /** Aborted when the client goes away. */
  readonly signal?: AbortSignal;
  /** When the connection closes (for presence clean-up). */
  readonly onClose?: () => void;
  readonly heartbeatMs?: number;
  /**
   * Asked at every heartbeat: false ends the stream. A stream outlives the
   * request that authorized it, so a revoked link, an expired session or a
   * removed member stops receiving within one heartbeat, not at the next reconnect.
   */
  readonly stillAllowed?: () => Promise<boolean>;
}

/**
 * The `text/event-stream` body of `GET /api/diagrams/:id/events`: the backlog
 * of operations after `after`, `ready`, then live operations and presence as
 * they happen, a comment every 15 s so idle connections stay open, and `reset`
 * (then the end) when the client must reload the document. Each operation's SSE
 * id is its revision, so a browser reconnecting with `Last-Event-ID` resumes
 * where it stopped.
 */
const encoder = new TextEncoder();

/**
 * Each operation is encoded once for all its subscribers: the feed hands every
 * stream the same objects, so 50 editors cost one JSON.stringify per operation.
 */
const encodedOps = new WeakMap<LoggedOp, Uint8Array>();
function encodedOp(op: LoggedOp): Uint8Array {
  let bytes = encodedOps.get(op);
  if (!bytes) {
    bytes = encoder.encode(sseEvent('op', op, op.revision));
    encodedOps.set(op, bytes);
  }
  return bytes;
}

export function collabEventStream(hub: CollabHub, options: EventStreamOptions): ReadableStream<Uint8Array> {
  let cleanup: (() => void) | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let unsubscribe = () => {};
      const write = (chunk: string | Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
        } catch {
          finish();
        }
      };
      const beat = async () => {
        if (options.stillAllowed && !(await options.stillAllowed().catch(() => true))) {
          send('reset', { reason: 'access' });
          finish();
          return;
        }
        write(SSE_HEARTBEAT);
      };
      const heartbeat = setInterval(() => void beat(), options.heartbeatMs ?? HEARTBEAT_MS);
      heartbeat.unref?.();
      const send = <K extends keyof CollabEvents>(event: K, data: CollabEvents[K]) => write(sseEvent(event, data));
      const finish = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        options.signal?.removeEventListener('abort', finish);
        options.onClose?.();
        try {
          controller.close();
        } catch {
          // Already closed by the other side.
        }
      };
      unsubscribe = hub.subscribe(options.diagramId, options.after, {
        ops: (ops) => { for (const op of ops) write(encodedOp(op)); },
        ready: (revision) => send('ready', { revision }),
        presence: (clients) => send('presence', { clients: clients.filter((c) => c.clientId !== options.clientId) }),
        reset: (reason) => {
          send('reset', { reason });
          finish();
        },
      });
      cleanup = finish;
      if (options.signal?.aborted) finish();
      else options.signal?.addEventListener('abort', finish);
    },
    cancel() {
      cleanup?.();
    },
  });
}
