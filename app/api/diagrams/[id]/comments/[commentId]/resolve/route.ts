import { commentErrorResponse, resolveThread } from '@/lib/server/comments';
import { handleForDiagram, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; commentId: string }>;
}

/** POST /api/diagrams/:id/comments/:commentId/resolve → 200 { thread: ThreadDto }: marks the thread resolved (by whom, when); resolving a resolved thread changes nothing. */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'comment', async (_id, access) => {
    const thread = await resolveThread(access, (await context.params).commentId);
    return thread.ok ? json({ thread: thread.value }) : commentErrorResponse(thread.error);
  });
}
