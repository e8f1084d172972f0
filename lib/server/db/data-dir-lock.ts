import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Thrown when another live process has the data folder open. */
export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number, readonly lockFile: string) {
    super(`the data folder ${dataDir} is in use by process ${pid}; stop it or set TABLECRAFT_DATA_DIR to another folder (if no such process runs, delete ${lockFile})`);
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours. Synchronous, so it also works in an `exit` handler. */
  release(): void;
}

const LOCK_FILE = 'tablecraft.lock';

/**
 * Claims a data folder for this process with a lock file holding our pid. Two
 * PostgreSQL instances on one data directory corrupt it, and PGlite does not
 * guard against that itself. A lock left by a process that no longer runs is
 * taken over. The file is created complete and atomically (written aside, then
 * hard-linked into place, which fails if the name exists), so a reader never
 * sees a half-written lock.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const scratch = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(scratch, `${JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() })}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(scratch, file);
        return { file, release: () => releaseIfOurs(file) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(file);
      if (holder === process.pid) {
        throw new Error(`the data folder ${dataDir} is already open in this process; open it once and share the connection`);
      }
      if (holder !== null && isAlive(holder)) throw new DataDirInUseError(dataDir, holder, file);
      // Stale (or unreadable) lock: remove it unless someone replaced it meanwhile, then try again.
      if (readHolder(file) === holder) unlinkQuietly(file);
    }
    throw new Error(`could not claim the data folder ${dataDir}: its lock file ${file} keeps changing`);
  } finally {
    unlinkQuietly(scratch);
  }
}

function readHolder(file: string): number | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const pid = (parsed as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(file: string): void {
  if (readHolder(file) === process.pid) unlinkQuietly(file);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
