import { RehearsalRequest } from '@/lib/api/requests';
import { withoutSecrets } from '@/lib/server/connections/http';
import { errorResponse, handleForDiagram, parseRequest, readJsonBody } from '@/lib/server/http';
import { rehearsalInputs } from './inputs';
import { rehearsalBusy, streamRehearsal } from './stream';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/diagrams/:id/rehearsal { target?, scale?, maxRows?, seed?, fromVersion?, applyProposals? } →
 * 200 application/x-ndjson: RehearsalStreamLine per line (load, migration and EXPLAIN progress), the report last.
 * Refusals before the run starts (bad body, unknown diagram, version or connection,
 * a host outside the allowlist, another rehearsal running) are ordinary error responses.
 */
export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const body = await readJsonBody(request, { optional: true, maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(RehearsalRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(withoutSecrets(parsed.error));
    const busy = rehearsalBusy();
    if (busy) return busy;
    const inputs = await rehearsalInputs(id, access.workspaceId, parsed.value);
    if (!inputs.ok) return inputs.response;
    // Checked again: another request may have started while this one read the diagram.
    return rehearsalBusy() ?? streamRehearsal(inputs.value);
  });
}
