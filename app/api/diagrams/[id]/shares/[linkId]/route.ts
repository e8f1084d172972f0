import { errorResponse, handleForDiagram, json } from '@/lib/server/http';
import { shareService } from '@/lib/server/sharing';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; linkId: string }>;
}

/**
 * DELETE /api/diagrams/:id/shares/:linkId → 200 { link } with status "revoked".
 * Idempotent. Needs `edit`; only an owner or the link's maker may revoke it.
 */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'edit', async (_id, access) => {
    const { linkId } = await context.params;
    const revoked = await (await shareService()).revokeLink(access, linkId);
    return revoked.ok ? json({ link: revoked.value }) : errorResponse(revoked.error);
  });
}
