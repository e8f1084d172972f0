import { MAX_OPS_PER_REQUEST } from '../../api/collab';
import { PRESENCE_HEARTBEAT_MS } from '../../collab/presence';
import type { LoggedOp } from '../../collab/types';
import { isTransient, type ApiFailure } from '../api';
import type { ConnectionState } from '../designer/sync-slice';
import type { DesignerState, DesignerStore } from '../designer/store';
import type { PendingStorage } from './pending-storage';
import type { CollabTransport, EventConnection } from './transport';

export interface CollabClientOptions {
  readonly transport: CollabTransport;
  readonly clientId: string;
  /** Keeps the queue across reloads; none in tests and the benchmark. */
  readonly storage?: PendingStorage | null;
  /** Whether the browser thinks it is online (`navigator.onLine`). */
  readonly online?: () => boolean;
  /** Waits before the n-th retry (of a send or a reconnect); the last repeats. */
  readonly retryDelaysMs?: readonly number[];
  readonly heartbeatMs?: number;
  /** Sends no presence (the benchmark measures operations). */
  readonly presence?: boolean;
}

const RETRY_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000];
const SELECTION_DEBOUNCE_MS = 150;
/** How long sends wait for a lost event stream before going without it. */
const STREAM_WAIT_MS = 10_000;

/**
 * Connects one open diagram (a designer store) to the server's co-editing:
 *
 * - sends the store's pending operations, in order, one request at a time (edits
 *   made meanwhile go in the next one), and hands the answers to the store;
 * - keeps the event stream open from the store's revision, feeding operations
 *   and presence to the store, reloading the document on `reset`, and
 *   reconnecting with backoff when the connection drops;
 * - reports presence (selection changes, a heartbeat) and says goodbye;
 * - keeps the queue in the browser's storage so a reload loses nothing.
 *
 * Offline, edits simply queue up; back online, the stream catches up and the
 * queue is sent — the store's rebase does the merging.
 */
export class CollabClient {
  private readonly transport: CollabTransport;
  private readonly retryDelaysMs: readonly number[];
  private events: EventConnection | null = null;
  private streamUp = false;
  private everUp = false;
  /** When the stream went down (null while up, and before it was first up). */
  private streamDownSince: number | null = null;
  private networkDown = false;
  private sending: Promise<void> | null = null;
  private sendAgain = false;
  private sendFailures = 0;
  private streamFailures = 0;
  private sendTimer: ReturnType<typeof setTimeout> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private selectionTimer: ReturnType<typeof setTimeout> | null = null;
  private incoming: LoggedOp[] = [];
  private incomingTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = true;
  /** Sending is stopped by a refusal retrying cannot fix, until the next local edit. */
  private blocked = false;

  constructor(private readonly store: DesignerStore, private readonly options: CollabClientOptions) {
    this.transport = options.transport;
    this.retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  get clientId(): string {
    return this.options.clientId;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const restored = this.options.storage?.load() ?? [];
    if (restored.length > 0 && !this.readOnly) this.store.getState().pendingRestored(restored);
    this.unsubscribe = this.store.subscribe((state, previous) => this.onStoreChange(state, previous));
    this.openStream();
    if (this.options.presence !== false) {
      this.heartbeat = setInterval(() => this.reportPresence(), this.options.heartbeatMs ?? PRESENCE_HEARTBEAT_MS);
    }
    this.scheduleSend(0);
  }

  /**
   * Stops everything. Queued operations get one last send on the way out (the
   * person may be leaving for another page of the app) and stay in storage
   * until a later visit confirms them — sending twice is harmless.
   */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const { diagramId, revision, sync } = this.store.getState();
    const queued = sync.pending.filter((p) => p.state !== 'applied').slice(0, MAX_OPS_PER_REQUEST);
    if (queued.length > 0 && !this.readOnly && this.isOnline()) {
      void this.transport.sendOps(diagramId, { clientId: this.options.clientId, baseRevision: revision, ops: queued.map(({ opId, command }) => ({ opId, command })) });
    }
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.events?.close();
    this.events = null;
    this.streamUp = false;
    this.streamDownSince = null;
    for (const timer of [this.sendTimer, this.reconnectTimer, this.selectionTimer, this.incomingTimer]) if (timer) clearTimeout(timer);
    this.sendTimer = this.reconnectTimer = this.selectionTimer = this.incomingTimer = null;
    this.incoming = [];
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.options.presence !== false) this.transport.leave(this.store.getState().diagramId, this.options.clientId);
  }

  /** The browser went on- or offline (its events): reconnect and send at once when back. */
  setOnline(online: boolean): void {
    if (this.stopped) return;
    if (!online) {
      this.updateConnection();
      return;
    }
    this.networkDown = false;
    this.sendFailures = 0;
    this.streamFailures = 0;
    // The queue goes once the stream has caught up (its `ready` sends it), so it is rebased on what happened meanwhile.
    if (!this.streamUp) this.reconnectNow();
    else this.scheduleSend(0);
    this.updateConnection();
  }

  /** Resolves once nothing is being sent (tests and the benchmark). */
  async idle(): Promise<void> {
    while (this.sending) await this.sending;
  }

  private get readOnly(): boolean {
    return this.store.getState().readOnly;
  }

  private onStoreChange(state: DesignerState, previous: DesignerState): void {
    if (state.sync.pending !== previous.sync.pending) {
      this.options.storage?.save(state.sync.pending);
      if (state.sync.pending.some((p) => p.state === 'new')) {
        this.blocked = false;
        this.scheduleSend(0);
      }
    }
    if (state.selectedNodeIds !== previous.selectedNodeIds || state.selectedEdgeId !== previous.selectedEdgeId) {
      if (this.selectionTimer) clearTimeout(this.selectionTimer);
      this.selectionTimer = setTimeout(() => this.reportPresence(), SELECTION_DEBOUNCE_MS);
    }
  }

  /* ---- sending ---- */

  private scheduleSend(delayMs: number): void {
    if (this.stopped || this.readOnly || this.sendTimer) return;
    this.sendTimer = setTimeout(() => {
      this.sendTimer = null;
      void this.send();
    }, delayMs);
  }

  private send(): Promise<void> {
    if (this.sending) {
      this.sendAgain = true;
      return this.sending;
    }
    this.sending = this.sendWhilePending().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async sendWhilePending(): Promise<void> {
    do {
      this.sendAgain = false;
      if (this.stopped || this.blocked || !this.isOnline() || !this.caughtUp()) return;
      const state = this.store.getState();
      // "applied" ones only wait for their event; everything else goes (again, if an answer was lost).
      const batch = state.sync.pending.filter((p) => p.state !== 'applied').slice(0, MAX_OPS_PER_REQUEST);
      if (batch.length === 0) return;
      state.opsSent(batch.map((p) => p.opId));
      const answer = await this.transport.sendOps(state.diagramId, {
        clientId: this.options.clientId,
        baseRevision: state.revision,
        ops: batch.map(({ opId, command }) => ({ opId, command })),
      });
      if (this.stopped) return;
      if (!answer.ok) {
        this.sendFailed(answer.error);
        return;
      }
      this.sendFailures = 0;
      if (this.networkDown) {
        this.networkDown = false;
        if (!this.streamUp) this.reconnectNow();
      }
      this.store.getState().opsAnswered(answer.value.outcomes);
      this.updateConnection();
      if (this.store.getState().sync.pending.some((p) => p.state !== 'applied')) this.sendAgain = true;
    } while (this.sendAgain);
  }

  private sendFailed(failure: ApiFailure): void {
    const state = this.store.getState();
    if (failure.status === 404) {
      this.blocked = true;
      state.sendFailed('This diagram no longer exists on the server (it was deleted elsewhere). Download your copy to keep your work.', false);
      return;
    }
    if (!isTransient(failure)) {
      // Sending the same operations again would fail the same way; the next edit tries again.
      this.blocked = true;
      state.sendFailed(failure.error.message, false);
      return;
    }
    if (failure.status === 0) this.networkDown = true;
    else state.sendFailed(failure.error.message, true);
    this.updateConnection();
    const delay = this.retryDelaysMs[Math.min(this.sendFailures, this.retryDelaysMs.length - 1)]!;
    this.sendFailures += 1;
    this.scheduleSend(delay);
  }

  /* ---- the event stream ---- */

  private openStream(): void {
    if (this.stopped) return;
    this.events?.close();
    const { diagramId, revision } = this.store.getState();
    this.events = this.transport.openEvents(diagramId, revision, this.options.clientId, {
      op: (op) => this.queueIncoming(op),
      ready: () => {
        this.streamUp = true;
        this.everUp = true;
        this.streamDownSince = null;
        this.streamFailures = 0;
        this.updateConnection();
        this.reportPresence();
        this.scheduleSend(0);
      },
      presence: (clients) => this.store.getState().presenceChanged(clients),
      reset: () => {
        this.streamDown();
        void this.reload();
      },
      lost: () => {
        this.streamDown();
        this.events = null;
        this.updateConnection();
        this.scheduleReconnect();
      },
    });
  }

  /** Operations arrive one event at a time; a burst is handed to the store as one update. */
  private queueIncoming(op: LoggedOp): void {
    this.incoming.push(op);
    this.incomingTimer ??= setTimeout(() => {
      this.incomingTimer = null;
      const ops = this.incoming;
      this.incoming = [];
      if (this.stopped) return;
      const { needsReset } = this.store.getState().opsReceived(ops);
      if (needsReset) void this.reload();
    }, 0);
  }

  /** The log cannot bring this tab up to date: load the document, replay the queue on it, listen again. */
  private async reload(): Promise<void> {
    this.events?.close();
    this.events = null;
    this.updateConnection();
    const state = this.store.getState();
    const latest = await this.transport.getDiagram(state.diagramId);
    if (this.stopped) return;
    if (!latest.ok) {
      if (latest.error.status === 404) {
        this.blocked = true;
        state.sendFailed('This diagram no longer exists on the server (it was deleted elsewhere). Download your copy to keep your work.', false);
        return;
      }
      this.scheduleReconnect();
      return;
    }
    // Operations still queued from the old stream are older than this document.
    this.incoming = [];
    this.store.getState().documentReset(latest.value);
    this.openStream();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = this.retryDelaysMs[Math.min(this.streamFailures, this.retryDelaysMs.length - 1)]!;
    this.streamFailures += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.isOnline()) {
        this.scheduleReconnect();
        return;
      }
      // After repeated failures, ask once whether the diagram is still there (a 404 or 403 would fail forever).
      if (this.streamFailures >= 3) void this.reload();
      else this.openStream();
    }, delay);
  }

  private streamDown(): void {
    if (this.streamUp || this.streamDownSince === null) this.streamDownSince = Date.now();
    this.streamUp = false;
  }

  private reconnectNow(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.openStream();
  }

  /* ---- presence and status ---- */

  private reportPresence(): void {
    if (this.stopped || this.options.presence === false || !this.streamUp) return;
    const { diagramId, selectedNodeIds, selectedEdgeId } = this.store.getState();
    void this.transport.reportPresence(diagramId, {
      clientId: this.options.clientId,
      selection: [...selectedNodeIds, ...(selectedEdgeId ? [selectedEdgeId] : [])],
    });
  }

  /**
   * Sends wait for the event stream to be up (it says `ready` once caught up),
   * so a queue from offline is rebased on everything that happened meanwhile
   * first — a change to something deleted meanwhile is then dropped here, with
   * the name of who deleted it. A stream that stays down long (a proxy that
   * cuts it) does not hold edits back for ever.
   */
  private caughtUp(): boolean {
    if (this.streamUp) return true;
    if (this.streamDownSince === null) return false;
    const waited = Date.now() - this.streamDownSince;
    if (waited < STREAM_WAIT_MS) {
      this.scheduleSend(STREAM_WAIT_MS - waited);
      return false;
    }
    return true;
  }

  private isOnline(): boolean {
    return this.options.online?.() ?? true;
  }

  private updateConnection(): void {
    const connection: ConnectionState = !this.isOnline() || this.networkDown
      ? 'offline'
      : this.streamUp ? 'live' : this.everUp ? 'reconnecting' : 'connecting';
    if (this.store.getState().connection !== connection) this.store.getState().connectionChanged(connection);
  }
}
