import { getStorage } from '@/lib/server/db/singleton';
import { sessionInfo } from '@/lib/server/auth/session-info';
import { handle, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/auth/session → 200 { session: SessionDto }: who is asking, the access mode, whether sign-up is open. Never 401. */
export function GET(request: Request): Promise<Response> {
  return handle(request, async () => json({ session: await sessionInfo((await getStorage()).db, request) }));
}
