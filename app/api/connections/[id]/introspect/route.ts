import { IntrospectRequest } from '@/lib/api/requests';
import { connectionService, liveService } from '@/lib/server/connections';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { targetInWorkspace } from '@/lib/server/connections/route-input';
import { createDiagram } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForWorkspace, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/connections/:id/introspect { name? } (id may be `sandbox`) → 201 { diagram, warnings }:
 * reads the live database into a NEW diagram of the same workspace. Needs edit.
 */
export function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleForWorkspace(request, 'edit', async (access) => {
    const target = await targetInWorkspace((await context.params).id, access.workspaceId);
    if (!target.ok) return target.response;
    const body = await readJsonBody(request, { optional: true, maxBytes: 16 * 1024 });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(IntrospectRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(parsed.error);
    const name = parsed.value.name ?? (await defaultName(target.value, access.workspaceId));
    const read = await (await liveService()).introspect(target.value, name);
    if (!read.ok) return liveErrorResponse(read.error);
    const created = await createDiagram(read.value.document, access.workspaceId);
    if (!created.ok) return diagramErrorResponse(created.error);
    return json({ diagram: created.value, warnings: read.value.warnings }, 201, { location: `/api/diagrams/${created.value.id}` });
  });
}

async function defaultName(target: string, workspaceId: string): Promise<string> {
  if (target === 'sandbox') return 'Sandbox';
  const found = await (await connectionService()).get(target, workspaceId);
  return found.ok ? found.value.name : 'Introspected database';
}
