const INSTALLED = Symbol.for('tablecraft.storage.shutdownHooks');
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;
/** How long a close may take before the process exits anyway. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Closes storage on SIGINT/SIGTERM, so the pool ends and PGlite checkpoints its
 * data folder. (An abrupt exit loses nothing committed either — PGlite writes
 * its WAL to the folder and recovers on the next start — but a clean close
 * makes that start faster and removes the lock file.)
 * If another handler is registered for the signal (`next start` has one that
 * exits when its own cleanup is done), that handler decides when to exit; if
 * ours is the only one, we exit once storage is closed.
 */
export function installShutdownHooks(close: () => Promise<void>): void {
  const flags = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;
  for (const [signal, exitCode] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      const alone = process.listenerCount(signal) === 0;
      const done = () => {
        if (alone) process.exit(exitCode);
      };
      const timer = setTimeout(done, CLOSE_TIMEOUT_MS);
      timer.unref();
      close().catch((error: unknown) => console.error(`[tablecraft] storage: close failed: ${(error as Error).message}`)).finally(() => {
        clearTimeout(timer);
        done();
      });
    });
  }
}
