import type { Database } from '../db/prisma';
import type { OpsBus } from './bus';
import { DiagramFeed, type FeedHandlers, type FeedOptions } from './feed';
import type { PresenceService } from './presence-service';

export const DEFAULT_FEED_OPTIONS: FeedOptions = { pollMs: 3_000, maxBacklog: 1_000 };

/**
 * This process's live subscribers, one feed per diagram that has any. Bus
 * events are routed to the feed of their diagram; a `resync` (the listening
 * connection came back) nudges every feed.
 */
export class CollabHub {
  private readonly feeds = new Map<string, DiagramFeed>();
  private readonly stopListening: () => void;

  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    bus: OpsBus,
    private readonly options: FeedOptions = DEFAULT_FEED_OPTIONS,
  ) {
    this.stopListening = bus.listen((event) => {
      if (event.kind === 'resync') {
        for (const feed of this.feeds.values()) {
          feed.nudge();
          feed.presenceChanged();
        }
        return;
      }
      const feed = this.feeds.get(event.diagramId);
      if (!feed) return;
      if (event.kind === 'ops') feed.nudge(event.revision, event.ops);
      else feed.presenceChanged();
    });
  }

  /** Subscribes to one diagram from revision `after`; returns the function that unsubscribes. */
  subscribe(diagramId: string, after: number, handlers: FeedHandlers): () => void {
    let feed = this.feeds.get(diagramId);
    if (!feed) {
      const created: DiagramFeed = new DiagramFeed(diagramId, this.db, this.presence, this.options, () => {
        if (this.feeds.get(diagramId) === created) this.feeds.delete(diagramId);
      });
      this.feeds.set(diagramId, created);
      feed = created;
    }
    return feed.subscribe(after, handlers);
  }

  /** Subscribers in this process (for tests and the benchmark). */
  get subscriberCount(): number {
    let count = 0;
    for (const feed of this.feeds.values()) count += feed.size;
    return count;
  }

  close(): void {
    this.stopListening();
    for (const feed of this.feeds.values()) feed.close();
    this.feeds.clear();
  }
}
