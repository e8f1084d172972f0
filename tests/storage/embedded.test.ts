import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readStorageConfig } from '../../lib/server/db/config';
import { acquireDataDirLock, DataDirInUseError } from '../../lib/server/db/data-dir-lock';
import { startEmbeddedPostgres } from '../../lib/server/db/embedded';
import { StorageUnavailableError } from '../../lib/server/db/errors';
import { openStorage } from '../../lib/server/db/storage';
import { readdirSync } from 'node:fs';

/** The app's own migrations, as shipped: every UP file in prisma/migrations. */
const APP_MIGRATIONS = readdirSync(new URL('../../prisma/migrations/', import.meta.url)).filter((f) => f.endsWith('.up.sql')).sort();
const APP_VERSIONS = APP_MIGRATIONS.map((f) => Number(f.slice(0, 3)));

const folders: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tablecraft-embedded-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

const configFor = (dataDir: string) => readStorageConfig({ TABLECRAFT_DATA_DIR: dataDir });
const quiet = { log: () => undefined };

/** Starts tests/storage/support/storage-child.ts and resolves once it has stored its diagram. */
function startChild(dataDir: string, diagramName: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'support', 'storage-child.ts'), diagramName], {
    cwd: process.cwd(),
    env: { ...process.env, TABLECRAFT_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('READY')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before it was ready:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function diagramNames(dataDir: string): Promise<string[]> {
  const storage = await openStorage(configFor(dataDir), quiet);
  try {
    const rows = await storage.db.diagram.findMany({ orderBy: { name: 'asc' } });
    return rows.map((r) => r.name);
  } finally {
    await storage.close();
  }
}

describe('embedded PostgreSQL', () => {
  it('serves PGlite with pgvector over the wire protocol, to several connections at once', async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: null });
    try {
      expect(embedded.connectionString).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
      const pool = new pg.Pool({ connectionString: embedded.connectionString, max: 5 });
      try {
        const results = await Promise.all(Array.from({ length: 5 }, (_, i) => pool.query<{ n: number }>('SELECT $1::int AS n', [i])));
        expect(results.map((r) => r.rows[0]?.n)).toEqual([0, 1, 2, 3, 4]);
        await pool.query('CREATE EXTENSION vector');
        const distance = await pool.query<{ d: number }>("SELECT '[1,0]'::vector <-> '[0,1]'::vector AS d");
        expect(distance.rows[0]?.d).toBeCloseTo(Math.SQRT2);
        const version = await pool.query<{ server_version_num: string }>('SHOW server_version_num');
        expect(Number(version.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(180000);
      } finally {
        await pool.end();
      }
    } finally {
      await embedded.close();
    }
  });

  it('keeps data across a clean close and reopen, and migrates only once', async () => {
    const dataDir = tempDataDir();
    const first = await openStorage(configFor(dataDir), quiet);
    expect(first.kind).toBe('embedded');
    expect(first.location).toBe(path.join(dataDir, 'pgdata'));
    expect(first.migrations.steps.map((s) => s.fileName)).toEqual(APP_MIGRATIONS);
    await first.db.diagram.create({ data: { name: 'survives', revision: 1, document: {} } });
    await first.close();
    await first.close();
    expect(existsSync(path.join(dataDir, 'tablecraft.lock'))).toBe(false);

    const second = await openStorage(configFor(dataDir), quiet);
    try {
      expect(second.migrations).toMatchObject({ steps: [], unchanged: APP_VERSIONS });
      expect((await second.db.diagram.findMany()).map((d) => d.name)).toEqual(['survives']);
    } finally {
      await second.close();
    }
  });

  it('logs one start-up line naming the folder', async () => {
    const dataDir = tempDataDir();
    const lines: string[] = [];
    const storage = await openStorage(configFor(dataDir), { log: (line) => lines.push(line) });
    await storage.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^\\[tablecraft\\] storage: embedded PostgreSQL \\(PGlite\\) in ${path.join(dataDir, 'pgdata').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; app schema at version ${APP_VERSIONS.at(-1)} \\(applied ${APP_MIGRATIONS.length} migrations?\\); ready in \\d+ ms$`));
  });

  it('refuses a data folder another live process holds, and says which and what to do', async () => {
    const dataDir = tempDataDir();
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)']);
    children.push(holder);
    writeFileSync(path.join(dataDir, 'tablecraft.lock'), JSON.stringify({ pid: holder.pid }));
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dataDir)).toThrow(`the data folder ${dataDir} is in use by process ${holder.pid}; stop it or set TABLECRAFT_DATA_DIR`);
    const opened = openStorage(configFor(dataDir), quiet);
    await expect(opened).rejects.toThrow(StorageUnavailableError);
    await expect(opened).rejects.toThrow(`is in use by process ${holder.pid}`);
    // Nothing was created next to the lock: the folder was not touched.
    expect(existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
  });

  it('refuses to open one folder twice in the same process', async () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir);
    try {
      expect(() => acquireDataDirLock(dataDir)).toThrow('is already open in this process');
    } finally {
      lock.release();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dataDir = tempDataDir();
    const gone = spawn(process.execPath, ['-e', '']);
    await exited(gone);
    writeFileSync(path.join(dataDir, 'tablecraft.lock'), JSON.stringify({ pid: gone.pid }));
    const lock = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('closes cleanly on SIGTERM: the process exits, the lock is gone, the data is there', async () => {
    const dataDir = tempDataDir();
    const child = await startChild(dataDir, 'written before SIGTERM');
    expect(JSON.parse(readFileSync(path.join(dataDir, 'tablecraft.lock'), 'utf8'))).toMatchObject({ pid: child.pid });
    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 143, signal: null });
    expect(existsSync(path.join(dataDir, 'tablecraft.lock'))).toBe(false);
    expect(await diagramNames(dataDir)).toEqual(['written before SIGTERM']);
  });

  it('loses nothing committed when the process is killed outright, and takes over its stale lock', async () => {
    const dataDir = tempDataDir();
    const child = await startChild(dataDir, 'written before SIGKILL');
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(path.join(dataDir, 'tablecraft.lock'))).toBe(true);
    expect(await diagramNames(dataDir)).toEqual(['written before SIGKILL']);
  });
});

describe('storage on a PostgreSQL server that cannot be reached', () => {
  it('fails with StorageUnavailableError that names the server but never the password', async () => {
    const config = readStorageConfig({ DATABASE_URL: 'postgres://app:s3cret-pw@127.0.0.1:1/tablecraft?password=also-secret' });
    const opened = openStorage(config, quiet);
    await expect(opened).rejects.toThrow(StorageUnavailableError);
    const error = await opened.then(() => new Error('expected a failure'), (e: Error) => e);
    expect(error.message).toContain('postgres://app@127.0.0.1:1/tablecraft');
    expect(error.message).toContain('Check DATABASE_URL');
    expect(error.message).not.toContain('s3cret');
    expect(error.message).not.toContain('also-secret');
  });
});
