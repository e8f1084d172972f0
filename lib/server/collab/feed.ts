import type { LoggedOp, PresenceEntry } from '../../collab/types';
import type { Database } from '../db/prisma';
import { readLog } from './ops-log';
import type { PresenceService } from './presence-service';

export interface FeedHandlers {
  /** Operations after the subscriber's revision, contiguous and in order. */
  ops(ops: readonly LoggedOp[]): void;
  /** The backlog was sent: from now on events are live. */
  ready(revision: number): void;
  presence(clients: readonly PresenceEntry[]): void;
  /** The log cannot bring this subscriber up to date (it must reload the document); nothing follows. */
  reset(reason: string): void;
}

export interface FeedOptions {
  /** The safety poll: how often a diagram with subscribers is re-read even without a nudge. */
  readonly pollMs: number;
  /** More operations than this behind, a subscriber is told to reload instead. */
  readonly maxBacklog: number;
}

const TAIL_LIMIT = 256;

interface Subscriber {
  cursor: number;
  readonly handlers: FeedHandlers;
  pulling: boolean;
  again: boolean;
  closed: boolean;
}

/**
 * One diagram's operations and presence, for the subscribers in this process.
 * A nudge (from the bus, or the poll) makes the feed read what is new from
 * `diagram_ops` once and keep the recent tail in memory; each subscriber then
 * takes the operations after its own revision. A subscriber that starts further
 * back reads its backlog from the log. So 50 editors of one diagram cost one
 * query per change per instance, and a lost nudge costs at most one poll period.
 */
export class DiagramFeed {
  private readonly subscribers = new Set<Subscriber>();
  /** Recent operations, contiguous, ending at `end`. */
  private tail: LoggedOp[] = [];
  /** The revision this feed has read up to. */
  private end = 0;
  private started: Promise<boolean> | null = null;
  /** Set once `start` has read where the log ends. */
  private startedAt: number | null = null;
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;
  private presenceJson = '';
  private presenceList: readonly PresenceEntry[] = [];
  private presenceLoading: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly diagramId: string,
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly options: FeedOptions,
    private readonly onEmpty: () => void,
  ) {}

  get size(): number {
    return this.subscribers.size;
  }

  subscribe(after: number, handlers: FeedHandlers): () => void {
    // `pulling` until the backlog is sent: live nudges meanwhile only mark it to look again afterwards.
    const subscriber: Subscriber = { cursor: after, handlers, pulling: true, again: false, closed: false };
    this.subscribers.add(subscriber);
    this.timer ??= setInterval(() => this.poll(), this.options.pollMs);
    this.timer.unref?.();
    void this.catchUp(subscriber);
    return () => this.remove(subscriber);
  }

  /**
   * Something changed (a bus event): read it, then let every subscriber take
   * what it lacks. Operations applied in this process come with the event and
   * go straight onto the tail when they follow on — no read of the log.
   */
  nudge(revision?: number, ops?: readonly LoggedOp[]): void {
    if (revision !== undefined && revision <= this.end && this.startedAt !== null) return;
    if (ops && ops.length > 0 && this.startedAt !== null && !this.refreshing && ops[0]!.revision === this.end + 1) {
      this.tail = [...this.tail, ...ops].slice(-TAIL_LIMIT);
      this.end = ops.at(-1)!.revision;
      this.wakeAll();
      return;
    }
    void this.refresh().then(() => this.wakeAll());
  }

  /** Presence changed somewhere: read it again and send it if it differs. */
  presenceChanged(): void {
    void this.loadPresence();
  }

  close(): void {
    for (const subscriber of this.subscribers) subscriber.closed = true;
    this.subscribers.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private remove(subscriber: Subscriber): void {
    subscriber.closed = true;
    this.subscribers.delete(subscriber);
    if (this.subscribers.size > 0) return;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.onEmpty();
  }

  private poll(): void {
    this.nudge();
    void this.loadPresence();
  }

  /** Learns where the log ends when the first subscriber arrives. False when the diagram is gone. */
  private start(): Promise<boolean> {
    this.started ??= readLog(this.db, this.diagramId, 2_147_483_647, 1).then((slice) => {
      this.end = slice.revision ?? 0;
      this.startedAt = Date.now();
      return slice.revision !== null;
    });
    return this.started;
  }

  private async catchUp(subscriber: Subscriber): Promise<void> {
    try {
      if (!(await this.start())) return this.reset(subscriber, 'this diagram was deleted');
      if (subscriber.cursor > this.end) await this.refresh();
      if (subscriber.cursor > this.end) return this.reset(subscriber, `revision ${subscriber.cursor} is newer than the diagram (revision ${this.end})`);
      if (subscriber.cursor < this.end) {
        const backlog = await readLog(this.db, this.diagramId, subscriber.cursor, this.options.maxBacklog + 1);
        const problem = backlogProblem(subscriber.cursor, backlog.revision, backlog.ops, this.options.maxBacklog);
        if (problem) return this.reset(subscriber, problem);
        this.deliver(subscriber, backlog.ops);
      }
      if (subscriber.closed) return;
      subscriber.handlers.ready(subscriber.cursor);
      await this.loadPresence();
      if (!subscriber.closed) subscriber.handlers.presence(this.presenceList);
      subscriber.pulling = false;
      await this.pull(subscriber);
    } catch (error) {
      console.error(`[tablecraft] collab: cannot send diagram ${this.diagramId}'s changes to an editor`, error);
      this.reset(subscriber, 'the server could not read the change log');
    }
  }

  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        if (!(await this.start())) return;
        const slice = await readLog(this.db, this.diagramId, this.end, TAIL_LIMIT);
        if (slice.revision === null) {
          for (const subscriber of [...this.subscribers]) this.reset(subscriber, 'this diagram was deleted');
          return;
        }
        // Operations that came with a nudge meanwhile may already be on the tail.
        const fresh = slice.ops.filter((op) => op.revision > this.end);
        if (fresh.length > 0 && fresh[0]!.revision === this.end + 1) {
          this.tail = [...this.tail, ...fresh].slice(-TAIL_LIMIT);
          this.end = fresh.at(-1)!.revision;
          if (slice.ops.length === TAIL_LIMIT) this.refreshAgain = true;
        } else if (slice.revision > this.end) {
          // The revision moved on without a logged operation (a write that bypassed the log): nobody can follow by operations.
          this.tail = [];
          this.end = slice.revision;
          for (const subscriber of [...this.subscribers]) {
            if (subscriber.cursor < this.end) this.reset(subscriber, 'the diagram was changed in a way the change log does not record');
          }
        }
      } while (this.refreshAgain);
    })().catch((error: unknown) => {
      console.error(`[tablecraft] collab: cannot read diagram ${this.diagramId}'s change log`, error);
    }).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private wakeAll(): void {
    for (const subscriber of this.subscribers) void this.pull(subscriber);
  }

  /** Sends a subscriber what it lacks from the tail; a subscriber too far behind the tail reads the log. */
  private async pull(subscriber: Subscriber): Promise<void> {
    if (subscriber.pulling) {
      subscriber.again = true;
      return;
    }
    subscriber.pulling = true;
    try {
      do {
        subscriber.again = false;
        if (subscriber.closed || subscriber.cursor >= this.end) continue;
        const first = this.tail[0];
        if (first && first.revision <= subscriber.cursor + 1) {
          this.deliver(subscriber, this.tail.filter((op) => op.revision > subscriber.cursor));
          continue;
        }
        const after = subscriber.cursor;
        const backlog = await readLog(this.db, this.diagramId, after, this.options.maxBacklog + 1);
        const problem = backlogProblem(after, backlog.revision, backlog.ops, this.options.maxBacklog);
        if (problem) this.reset(subscriber, problem);
        else this.deliver(subscriber, backlog.ops);
      } while (subscriber.again && !subscriber.closed);
    } finally {
      subscriber.pulling = false;
    }
  }

  private deliver(subscriber: Subscriber, ops: readonly LoggedOp[]): void {
    const fresh = ops.filter((op) => op.revision > subscriber.cursor);
    if (fresh.length === 0 || subscriber.closed) return;
    subscriber.cursor = fresh.at(-1)!.revision;
    subscriber.handlers.ops(fresh);
  }

  private reset(subscriber: Subscriber, reason: string): void {
    if (subscriber.closed) return;
    subscriber.handlers.reset(reason);
    this.remove(subscriber);
  }

  private loadPresence(): Promise<void> {
    this.presenceLoading ??= this.presence.list(this.diagramId).then((list) => {
      const json = JSON.stringify(list);
      if (json === this.presenceJson) return;
      this.presenceJson = json;
      this.presenceList = list;
      for (const subscriber of this.subscribers) if (!subscriber.closed) subscriber.handlers.presence(list);
    }).catch((error: unknown) => {
      console.error(`[tablecraft] collab: cannot read who has diagram ${this.diagramId} open`, error);
    }).finally(() => {
      this.presenceLoading = null;
    });
    return this.presenceLoading;
  }
}

/** Why a backlog cannot be sent as operations, or null when it can. */
function backlogProblem(after: number, revision: number | null, ops: readonly LoggedOp[], max: number): string | null {
  if (revision === null) return 'this diagram was deleted';
  if (ops.length > max) return `more than ${max} changes were made since revision ${after}`;
  if (revision > after && ops[0]?.revision !== after + 1) return `the change log does not reach back to revision ${after}`;
  return null;
}
