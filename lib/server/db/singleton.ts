import { readStorageConfig } from './config';
import { installShutdownHooks } from './shutdown';
import { openStorage, type Storage } from './storage';

interface Holder {
  promise?: Promise<Storage>;
}

/**
 * Kept on globalThis under a registered symbol: Next.js may load this module more
 * than once (separate bundles, hot reload), and two storages would mean two
 * PGlite instances on one data folder.
 */
const KEY = Symbol.for('tablecraft.storage');

function holder(): Holder {
  const slots = globalThis as unknown as Record<symbol, Holder | undefined>;
  return (slots[KEY] ??= {});
}

/**
 * The storage of this server process, opened (and migrated) on first use. A
 * failed open is not cached, so the next request tries again once the database
 * is back.
 */
export function getStorage(): Promise<Storage> {
  const slot = holder();
  if (!slot.promise) {
    const opening = openStorage(readStorageConfig());
    slot.promise = opening;
    opening.then(
      () => installShutdownHooks(closeStorage),
      () => {
        if (slot.promise === opening) slot.promise = undefined;
      },
    );
  }
  return slot.promise;
}

/** Closes this process's storage if it was opened; the next `getStorage()` opens it again. */
export async function closeStorage(): Promise<void> {
  const slot = holder();
  const opening = slot.promise;
  slot.promise = undefined;
  if (!opening) return;
  const storage = await opening.catch(() => null);
  await storage?.close();
}
