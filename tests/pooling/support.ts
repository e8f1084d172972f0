import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Runs the real PgBouncer for tests: as the `postgres` user when the tests run
 * as root (PgBouncer refuses root), from a temp folder it can read, on a free
 * port, and stops it by its own pid.
 */
export const PGBOUNCER_BIN = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p)) ?? null;
export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' };

/** Why the live tests cannot run here, or null when they can. */
export async function liveSkipReason(): Promise<string | null> {
  if (!PGBOUNCER_BIN) return 'pgbouncer is not installed (apt-get install pgbouncer)';
  const client = new pg.Client({ ...PG, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return `PostgreSQL is not reachable at 127.0.0.1:5432 (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function postgresIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A temp folder PgBouncer (running as postgres) can read; files are written with `write`. */
export function pgbouncerDir(): { dir: string; write(name: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tc-pgbouncer-'));
  const ids = postgresIds();
  chmodSync(dir, 0o755);
  if (ids) chownSync(dir, ids.uid, ids.gid);
  return {
    dir,
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text, { mode: 0o600 });
      if (ids) chownSync(path, ids.uid, ids.gid);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface RunningPgBouncer {
  readonly port: number;
  readonly process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts PgBouncer on `iniPath` and waits until `port` accepts connections (or PgBouncer exits). */
export async function startPgBouncer(iniPath: string, port: number): Promise<RunningPgBouncer> {
  const ids = postgresIds();
  const child = spawn(PGBOUNCER_BIN!, [iniPath], { stdio: ['ignore', 'pipe', 'pipe'], ...(ids ?? {}) });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited with ${child.exitCode}:\n${output}`);
    if (await accepts(port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`pgbouncer did not listen on ${port} within 10 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs PgBouncer expecting it to refuse the config; resolves with its exit code and log. */
export async function runUntilExit(iniPath: string, timeoutMs = 10_000): Promise<{ code: number | null; output: string }> {
  const ids = postgresIds();
  const child = spawn(PGBOUNCER_BIN!, [iniPath], { stdio: ['ignore', 'pipe', 'pipe'], ...(ids ?? {}) });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, output };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Runs `sql` on the PostgreSQL server as the superuser. */
export async function onServer<T = Record<string, unknown>>(sql: string, database = PG.database): Promise<T[]> {
  const client = new pg.Client({ ...PG, database });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
