import { err, ok, type Result } from '../../result';
import { sandboxUrl } from '../sandbox/sandbox';
import type { LiveServiceError } from './errors';
import type { ConnectionService } from './service';

export const SANDBOX = 'sandbox';
export const SANDBOX_DATABASE = 'postgres';

/** A database a live operation runs against: the sandbox or a saved connection, ready to connect. */
export interface LiveTarget {
  /** `sandbox` or the connection id. */
  readonly id: string;
  /** For messages: "the sandbox", "connection “prod”". */
  readonly label: string;
  readonly url: string;
  readonly secrets: readonly string[];
  readonly database: string;
}

export async function resolveTarget(connections: ConnectionService, target: string): Promise<Result<LiveTarget, LiveServiceError>> {
  if (target === SANDBOX) return ok({ id: SANDBOX, label: 'the sandbox', url: await sandboxUrl(), secrets: [], database: SANDBOX_DATABASE });
  const resolved = await connections.resolve(target);
  if (!resolved.ok) return err(resolved.error);
  const { url, secrets, database, name } = resolved.value;
  return ok({ id: target, label: `connection “${name}”`, url, secrets, database });
}
