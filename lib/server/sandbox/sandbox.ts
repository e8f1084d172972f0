import { rm } from 'node:fs/promises';
import path from 'node:path';
import { readStorageConfig } from '../db/config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded';

/**
 * The sandbox: a second embedded PostgreSQL (PGlite with pgvector), separate
 * from the app's own storage, that every user can apply to without risk. It
 * lives in `<data dir>/sandbox` (or in memory with TABLECRAFT_SANDBOX=memory),
 * starts on first use, and is served over the wire protocol so the apply
 * engine talks to it exactly as to a server. Reset = close, wipe, start again.
 */
export interface SandboxInfo {
  readonly state: 'stopped' | 'running';
  /** The folder, or `memory`. */
  readonly location: string;
}

interface Holder {
  running?: Promise<EmbeddedPostgres>;
  /** Serializes start, reset and close. */
  queue: Promise<unknown>;
}

// On globalThis: Next.js may load this module twice, and two PGlites on one folder corrupt it.
const KEY = Symbol.for('tablecraft.sandbox');
const holder = (): Holder => ((globalThis as unknown as Record<symbol, Holder | undefined>)[KEY] ??= { queue: Promise.resolve() });

function sandboxDir(): string | null {
  if (process.env.TABLECRAFT_SANDBOX?.trim() === 'memory') return null;
  return path.join(readStorageConfig().dataDir, 'sandbox');
}

function serialized<T>(work: () => Promise<T>): Promise<T> {
  const h = holder();
  const next = h.queue.then(work, work);
  h.queue = next.catch(() => undefined);
  return next;
}

/** The sandbox's connection string (`postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable`), starting it if needed. */
export function sandboxUrl(): Promise<string> {
  return serialized(async () => (await ensureRunning()).connectionString);
}

async function ensureRunning(): Promise<EmbeddedPostgres> {
  const h = holder();
  if (!h.running) {
    const starting = startEmbeddedPostgres({ dataDir: sandboxDir() });
    h.running = starting;
    starting.catch(() => {
      if (h.running === starting) h.running = undefined;
    });
  }
  return h.running;
}

export function sandboxInfo(): SandboxInfo {
  return { state: holder().running ? 'running' : 'stopped', location: sandboxDir() ?? 'memory' };
}

/** Closes the sandbox and deletes its data, then starts it empty. */
export function resetSandbox(): Promise<SandboxInfo> {
  return serialized(async () => {
    await stop();
    const dir = sandboxDir();
    if (dir) await rm(path.join(dir, 'pgdata'), { recursive: true, force: true });
    await ensureRunning();
    return sandboxInfo();
  });
}

/** Stops the sandbox (tests, shutdown); the next use starts it again. */
export function closeSandbox(): Promise<void> {
  return serialized(stop);
}

async function stop(): Promise<void> {
  const h = holder();
  const running = h.running;
  h.running = undefined;
  const db = await running?.catch(() => null);
  await db?.close();
}
