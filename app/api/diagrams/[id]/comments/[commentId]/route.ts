import { CommentBodyRequest } from '@/lib/api/comment-requests';
import { commentErrorResponse, deleteComment, editComment } from '@/lib/server/comments';
import { errorResponse, handleForDiagram, json, noContent, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string; commentId: string }>;
}

/** PATCH /api/diagrams/:id/comments/:commentId { body } → 200 { thread: ThreadDto }; only the author may edit (403 otherwise). */
export function PATCH(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'comment', async (_id, access) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CommentBodyRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const thread = await editComment(access, (await context.params).commentId, parsed.value.body);
    return thread.ok ? json({ thread: thread.value }) : commentErrorResponse(thread.error);
  });
}

/**
 * DELETE /api/diagrams/:id/comments/:commentId → 204. The author, or someone with
 * the manage permission, may delete; deleting the first comment deletes the thread.
 */
export function DELETE(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'comment', async (_id, access) => {
    const deleted = await deleteComment(access, (await context.params).commentId);
    return deleted.ok ? noContent() : commentErrorResponse(deleted.error);
  });
}
