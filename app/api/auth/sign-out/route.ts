import { SESSION_COOKIE, readCookie } from '@/lib/server/auth/cookies';
import { checkOrigin } from '@/lib/server/auth/csrf';
import { clearedSessionCookie, endSession } from '@/lib/server/auth/sessions';
import { getStorage } from '@/lib/server/db/singleton';
import { errorResponse, handle } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** POST /api/auth/sign-out → 204: deletes the session (server side) and clears its cookie. Harmless without one. */
export function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const origin = checkOrigin(request);
    if (!origin.ok) return errorResponse(origin.error);
    const token = readCookie(request, SESSION_COOKIE);
    if (token) await endSession((await getStorage()).db, token);
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store', 'set-cookie': clearedSessionCookie(request) } });
  });
}
