import pg from 'pg';
import { loadMigrationDirectory } from '../migrate/load-files';
import { migrateUp } from '../migrate/migrate';
import type { MigrationReport } from '../migrate/types';
import { APP_MIGRATION_SCOPE } from './config';
import { StorageUnavailableError, isStorageUnavailable } from './errors';

/**
 * Brings the app's own schema up to date with `prisma/migrations`, on a dedicated
 * connection that holds the migration lock for the whole run. Several instances
 * starting at once take turns; the later ones find nothing pending.
 */
export async function migrateAppSchema(connectionString: string, migrationsDir: string, where: string): Promise<MigrationReport> {
  const migrations = await loadMigrationDirectory(migrationsDir);
  const client = new pg.Client({ connectionString });
  // An error event without a listener would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new StorageUnavailableError(`cannot connect to ${where}: ${(error as Error).message}. Check DATABASE_URL and that the server is running and accepts connections from this machine.`, { cause: error });
  }
  try {
    const result = await migrateUp(client, migrations, { scope: APP_MIGRATION_SCOPE });
    if (!result.ok) throw new Error(`cannot bring the app's storage schema up to date in ${where}: ${result.error.message}`);
    return result.value;
  } catch (error) {
    if (isStorageUnavailable(error) && !(error instanceof StorageUnavailableError)) {
      throw new StorageUnavailableError(`lost the connection to ${where} while migrating: ${(error as Error).message}`, { cause: error });
    }
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
