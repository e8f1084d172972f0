import { getStorage } from './singleton';

/**
 * Opens storage at server start (see instrumentation.ts). A database that cannot
 * be reached, or a migration history that does not match the files, stops the
 * server at once with a message that says what to fix, instead of failing
 * every request later.
 */
export async function openStorageOrExit(): Promise<void> {
  try {
    await getStorage();
  } catch (error) {
    console.error(`[tablecraft] cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
