/**
 * Next.js start-up hook: opens storage and applies the app's own migrations when
 * the server starts rather than on the first request, so a broken database stops
 * the server at once with a clear message (lib/server/db/start.ts).
 */
export async function register(): Promise<void> {
  // Only the Node.js server owns storage. `next build` must not open (and lock)
  // the data folder.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { openStorageOrExit } = await import('./lib/server/db/start');
    await openStorageOrExit();
  }
}
