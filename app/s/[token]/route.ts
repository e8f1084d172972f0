import { getStorage } from '@/lib/server/db/singleton';
import { handle } from '@/lib/server/http';
import { visitShareLink } from '@/lib/server/sharing';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /s/<token> → 303 to the diagram with the `tablecraft_share` cookie, or 303 to /s/invalid. */
export function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  return handle(request, async () => visitShareLink((await getStorage()).db, request, (await context.params).token));
}
