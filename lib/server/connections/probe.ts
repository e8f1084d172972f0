import type { ConnectionTestResult } from '../../api/dto';
import { err, ok, type Result } from '../../result';
import { connectLive } from '../live/connect';
import { liveError } from '../live/errors';
import { connectionFailed, type LiveServiceError } from './errors';
import type { LiveTarget } from './targets';

/**
 * "Test connection": logs in and reads what the person needs before applying —
 * the server version, the extensions (available and installed), and whether
 * this user may create schemas and tables.
 */
export async function probeTarget(target: LiveTarget): Promise<Result<ConnectionTestResult, LiveServiceError>> {
  const connected = await connectLive(target.url, { connectTimeoutMs: 8_000, applicationName: 'tablecraft test' });
  if (!connected.ok) return err(connectionFailed(connected.error));
  const live = connected.value;
  try {
    const facts = await live.client.query<{ version: string; database: string; user: string; superuser: boolean; create_db: boolean; create_public: boolean | null }>(
      `SELECT current_setting('server_version') AS version, current_database() AS database, current_user AS user,
              coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) AS superuser,
              has_database_privilege(current_database(), 'CREATE') AS create_db,
              CASE WHEN to_regnamespace('public') IS NULL THEN NULL ELSE has_schema_privilege('public', 'CREATE') END AS create_public`);
    const extensions = await live.client.query<{ name: string; installed_version: string | null; default_version: string | null }>(
      'SELECT name, installed_version, default_version FROM pg_available_extensions ORDER BY (installed_version IS NULL), name');
    const row = facts.rows[0]!;
    return ok({
      serverVersion: row.version, database: row.database, user: row.user, superuser: row.superuser,
      canCreateSchemas: row.superuser || row.create_db, canCreateInPublic: row.superuser || row.create_public === true,
      extensions: extensions.rows.map((e) => ({ name: e.name, installedVersion: e.installed_version, defaultVersion: e.default_version })),
      testedAt: new Date().toISOString(),
    });
  } catch (error) {
    return err(connectionFailed(liveError(error, live.where, live.secrets)));
  } finally {
    await live.close();
  }
}
