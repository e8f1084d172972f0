import { CreateShareLinkRequest } from '@/lib/api/share-requests';
import { errorResponse, handleForDiagram, json, parseRequest, readJsonBody } from '@/lib/server/http';
import { shareService } from '@/lib/server/sharing';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/diagrams/:id/shares → 200 { links: ShareLinkDto[] } (never tokens). Needs `edit`. */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (_id, access) => {
    const listed = await (await shareService()).listLinks(access);
    return listed.ok ? json({ links: listed.value }) : errorResponse(listed.error);
  });
}

/**
 * POST /api/diagrams/:id/shares { role, label?, expiresAt? } → 201 { link, token, path }.
 * The token is in this answer only. 409 owner_required in open mode.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (id, access) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateShareLinkRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const created = await (await shareService()).createLink(access, parsed.value);
    if (!created.ok) return errorResponse(created.error);
    return json(created.value, 201, { location: `/api/diagrams/${id}/shares/${created.value.link.id}` });
  });
}
