import type { DiagramAccess, Principal, WorkspaceRole } from '../../lib/server/auth/types';
import { DEFAULT_WORKSPACE_ID } from '../../lib/server/auth/types';
import type { Result } from '../../lib/result';

/** The access a route hands the service, for a person with `role` (a user unless a principal is given). */
export function accessAs(diagramId: string, role: WorkspaceRole, who: { name?: string; principal?: Principal } = {}): DiagramAccess {
  const name = who.name ?? `${role[0]?.toUpperCase()}${role.slice(1)}`;
  const principal: Principal = who.principal ?? { kind: 'user', userId: userIdFor(name), email: `${name.toLowerCase()}@example.test`, name };
  return {
    principal,
    diagramId,
    workspaceId: DEFAULT_WORKSPACE_ID,
    role,
    userId: principal.kind === 'user' ? principal.userId : null,
    actorName: principal.kind === 'local' ? 'Local owner' : name,
  };
}

/** A stable UUID per name, so two calls for "Ann" are the same person. */
export function userIdFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `00000000-0000-4000-8000-${hash.toString(16).padStart(12, '0').slice(-12)}`;
}

export function value<T>(result: Result<T, { kind: string; message: string }>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

export function failure<T, E extends { kind: string }>(result: Result<T, E>): E {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
