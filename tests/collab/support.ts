import path from 'node:path';
import pg from 'pg';
import type { EditorCommand } from '../../lib/editor/command';
import { SseParser, type SseMessage } from '../../lib/collab/sse';
import { migrateAppSchema } from '../../lib/server/db/app-migrations';
import { createPrismaClient, type Database } from '../../lib/server/db/prisma';
import { createDiagramService, type DiagramService } from '../../lib/server/diagrams/service';
import { createCollab, type Collab } from '../../lib/server/collab/collab';
import type { FeedOptions } from '../../lib/server/collab/feed';
import type { OpsBus } from '../../lib/server/collab/bus';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';

/** One app instance's view of a test database: its own pool, Prisma client, services and co-editing. */
export interface Instance {
  readonly pool: pg.Pool;
  readonly db: Database;
  readonly diagrams: DiagramService;
  readonly collab: Collab;
  close(): Promise<void>;
}

export async function migrate(connectionString: string): Promise<void> {
  await migrateAppSchema(connectionString, path.join(process.cwd(), 'prisma', 'migrations'), 'the test database');
}

const embeddedPools = new Map<string, { pool: pg.Pool; users: number }>();

/**
 * A new "app instance". On a server each has its own pool. PGlite belongs to one
 * process, whose pool has one connection (lib/server/db/config.ts says why), so
 * instances of an embedded database share that one pool.
 */
export function openInstance(connectionString: string, kind: 'embedded' | 'server', options: { feed?: FeedOptions; bus?: OpsBus } = {}): Instance {
  const pool = kind === 'server' ? new pg.Pool({ connectionString, max: 4 }) : sharedPool(connectionString);
  pool.on('error', () => undefined);
  const db = createPrismaClient(pool);
  const diagrams = createDiagramService(db);
  const collab = createCollab({ kind, pool, db }, options);
  return {
    pool, db, diagrams, collab,
    async close() {
      await collab.close();
      await db.$disconnect();
      await releasePool(connectionString, pool);
    },
  };
}

function sharedPool(connectionString: string): pg.Pool {
  let entry = embeddedPools.get(connectionString);
  if (!entry) {
    entry = { pool: new pg.Pool({ connectionString, max: 1 }), users: 0 };
    embeddedPools.set(connectionString, entry);
  }
  entry.users += 1;
  return entry.pool;
}

async function releasePool(connectionString: string, pool: pg.Pool): Promise<void> {
  const entry = embeddedPools.get(connectionString);
  if (entry?.pool !== pool) {
    await pool.end();
    return;
  }
  entry.users -= 1;
  if (entry.users > 0) return;
  embeddedPools.delete(connectionString);
  await pool.end();
}

export async function newDiagram(diagrams: DiagramService): Promise<{ id: string; tableId: (name: string) => string }> {
  const created = await diagrams.createDiagram(ecommerceTemplate());
  if (!created.ok) throw new Error(created.error.message);
  const doc = created.value.document;
  return { id: created.value.id, tableId: (name) => doc.tables.find((t) => t.name === name)!.id };
}

let counter = 0;
/** A fresh operation id (a UUID, as the API requires). */
export function opId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export const rename = (tableId: string, name: string): EditorCommand => ({ kind: 'updateTable', tableId, changes: { name } });
export const comment = (tableId: string, text: string): EditorCommand => ({ kind: 'updateTable', tableId, changes: { comment: text } });

/** Reads SSE messages from a stream until `until` says stop (or the stream ends). */
export async function readEvents(stream: ReadableStream<Uint8Array>, until: (messages: SseMessage[]) => boolean, timeoutMs = 15_000): Promise<SseMessage[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  const messages: SseMessage[] = [];
  const deadline = setTimeout(() => void reader.cancel('timed out'), timeoutMs);
  try {
    while (!until(messages)) {
      const { done, value } = await reader.read();
      if (done) break;
      messages.push(...parser.push(decoder.decode(value, { stream: true })));
    }
  } finally {
    clearTimeout(deadline);
    reader.releaseLock();
  }
  return messages;
}

export const dataOf = <T>(message: SseMessage): T => JSON.parse(message.data) as T;
