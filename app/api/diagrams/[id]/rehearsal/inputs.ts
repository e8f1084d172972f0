import type { RehearsalRequest } from '@/lib/api/requests';
import { connectionService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { getDiagram, getVersion } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse } from '@/lib/server/http';
import type { RehearsalOptions, RehearsalTarget } from '@/lib/server/rehearsal';

/** What a rehearsal run needs, checked: the options for `rehearse()` and the secrets to scrub from its output. */
export interface RehearsalInputs {
  readonly options: Omit<RehearsalOptions, 'onEvent'>;
  readonly secrets: readonly string[];
}

/**
 * Turns a checked request into rehearsal options. The target is never a
 * database someone uses: `sandbox` is a fresh in-memory PostgreSQL (not the
 * shared sandbox), a saved connection only names the server on which a scratch
 * database is created and dropped (the connection's allowlist check and
 * password decryption happen in `resolve`).
 */
export async function rehearsalInputs(diagramId: string, workspaceId: string, body: RehearsalRequest): Promise<{ ok: true; value: RehearsalInputs } | { ok: false; response: Response }> {
  const diagram = await getDiagram(diagramId);
  if (!diagram.ok) return { ok: false, response: diagramErrorResponse(diagram.error) };
  let document = diagram.value.document;
  let after;
  if (body.fromVersion !== undefined) {
    const version = await getVersion(diagramId, body.fromVersion);
    if (!version.ok) {
      return { ok: false, response: errorResponse({ code: 'not_found', message: `fromVersion: diagram "${diagramId}" has no saved version ${body.fromVersion}` }) };
    }
    document = version.value.document;
    after = diagram.value.document;
  }
  let target: RehearsalTarget = { kind: 'sandbox' };
  let secrets: readonly string[] = [];
  if (body.target !== 'sandbox') {
    // Only a connection of the diagram's own workspace.
    const resolved = await (await connectionService()).resolve(body.target, workspaceId);
    if (!resolved.ok) return { ok: false, response: liveErrorResponse(resolved.error) };
    target = { kind: 'scratch_database', url: resolved.value.url };
    secrets = resolved.value.secrets;
  }
  return {
    ok: true,
    value: {
      secrets,
      options: {
        document, after, target, applyProposals: body.applyProposals ?? false,
        synthetic: { scale: body.scale, maxRows: body.maxRows, seed: body.seed },
      },
    },
  };
}
