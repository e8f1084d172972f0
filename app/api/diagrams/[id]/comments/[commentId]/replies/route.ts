import { CommentBodyRequest } from '@/lib/api/comment-requests';
import { commentErrorResponse, replyToThread } from '@/lib/server/comments';
import { errorResponse, handleForDiagram, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; commentId: string }>;
}

/** POST /api/diagrams/:id/comments/:commentId/replies { body } → 201 { thread: ThreadDto } (a reply to any comment joins its thread). */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'comment', async (_id, access) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CommentBodyRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const thread = await replyToThread(access, (await context.params).commentId, parsed.value.body);
    return thread.ok ? json({ thread: thread.value }, 201) : commentErrorResponse(thread.error);
  });
}
