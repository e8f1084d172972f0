import type { Database } from '../db/prisma';
import { shareCookie } from './cookie';
import { resolveShareLinkWithExpiry } from './resolve';

/** Where an unknown, revoked or expired link leads: one answer for all three. */
export const INVALID_SHARE_LINK_PATH = '/s/invalid';

/**
 * Opening a share link (GET /s/<token>). A usable link leaves its token in the
 * httpOnly `tablecraft_share` cookie and sends the browser on to the diagram
 * (303), so the token leaves the address bar; anything else goes to the
 * "invalid or no longer active" page.
 */
export async function visitShareLink(db: Database, request: Request, token: string, now: Date = new Date()): Promise<Response> {
  const link = await resolveShareLinkWithExpiry(db, token, now);
  if (!link) return seeOther(INVALID_SHARE_LINK_PATH);
  return seeOther(`/diagrams/${link.diagramId}`, {
    'set-cookie': shareCookie(request, token, link.expiresAt, now),
  });
}

function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, {
    status: 303,
    // The token is in the requested URL: never cache the answer, never pass the URL on as a referrer.
    headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', ...headers },
  });
}
