import { Email } from '@/lib/api/auth-requests';
import { handleForWorkspaceId } from '@/lib/server/auth/workspace-route';
import { revokeInvitation } from '@/lib/server/auth/workspaces';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, noContent } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** DELETE /api/workspaces/:id/invitations/:email (owners; the email URL-encoded) → 204; 404 when no such invitation. */
export function DELETE(request: Request, context: { params: Promise<{ id: string; email: string }> }): Promise<Response> {
  return handleForWorkspaceId(request, context, 'manage', async (access) => {
    const { email: raw } = await context.params;
    const email = Email.safeParse(safeDecode(raw));
    if (!email.success) return errorResponse({ code: 'not_found', message: 'no pending invitation for that address in this workspace' });
    const revoked = await revokeInvitation((await getStorage()).db, access.workspaceId, email.data);
    return revoked.ok ? noContent() : errorResponse(revoked.error);
  });
}

/** Next.js hands dynamic segments over still percent-encoded in some versions; decoding twice is harmless for an email. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

