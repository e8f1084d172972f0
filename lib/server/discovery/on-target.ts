import type { DiagramDocument } from '../../model';
import { err, ok, type Result } from '../../result';
import { connectionFailed, type LiveServiceError } from '../connections/errors';
import type { ConnectionService } from '../connections/service';
import { resolveTarget } from '../connections/targets';
import { fromPg } from '../introspect/queryable';
import { connectLive } from '../live/connect';
import { liveError } from '../live/errors';
import { redact } from '../live/redact';
import { discoverFromDatabase, type DiscoveryReport } from './discover-live';
import type { LiveDiscoveryOptionsInput } from './options';

/**
 * Discovery against a live target (`sandbox` or a saved connection id), the way
 * the other live operations reach it: resolve, connect, work, close. Database
 * errors come back as `connection_failed` with the credentials redacted.
 */
export async function discoverOnTarget(
  connections: ConnectionService, targetId: string, doc: DiagramDocument, options: LiveDiscoveryOptionsInput,
): Promise<Result<DiscoveryReport, LiveServiceError>> {
  const target = await resolveTarget(connections, targetId);
  if (!target.ok) return target;
  const connected = await connectLive(target.value.url, { applicationName: 'tablecraft discovery' });
  if (!connected.ok) return err(connectionFailed(connected.error));
  const live = connected.value;
  try {
    return ok(await discoverFromDatabase(fromPg(live.client), doc, options));
  } catch (error) {
    if ((error as { code?: unknown }).code !== undefined) return err(connectionFailed(liveError(error, live.where, live.secrets)));
    // No `cause`: the original may quote the connection string.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(redact((error as Error).message, target.value.secrets));
  } finally {
    await live.close();
  }
}
