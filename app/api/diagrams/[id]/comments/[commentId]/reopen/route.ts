import { commentErrorResponse, reopenThread } from '@/lib/server/comments';
import { handleForDiagram, json } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; commentId: string }>;
}

/** POST /api/diagrams/:id/comments/:commentId/reopen → 200 { thread: ThreadDto }: marks the thread open again. */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'comment', async (_id, access) => {
    const thread = await reopenThread(access, (await context.params).commentId);
    return thread.ok ? json({ thread: thread.value }) : commentErrorResponse(thread.error);
  });
}
