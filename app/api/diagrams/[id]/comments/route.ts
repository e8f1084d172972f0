import { CreateThreadRequest, ListThreadsQuery } from '@/lib/api/comment-requests';
import { commentErrorResponse, commentPermissions, listThreads, startThread } from '@/lib/server/comments';
import { errorResponse, handleForDiagram, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /api/diagrams/:id/comments?status=open|resolved|all&tableId=…&columnId=…
 * → 200 { threads: ThreadDto[], permissions }: threads with their replies, newest activity first.
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (_id, access) => {
    const query = parseRequest(ListThreadsQuery, Object.fromEntries(new URL(request.url).searchParams.entries()));
    if (!query.ok) return errorResponse(query.error);
    const threads = await listThreads(access, query.value);
    return threads.ok ? json({ threads: threads.value, permissions: commentPermissions(access) }) : commentErrorResponse(threads.error);
  });
}

/**
 * POST /api/diagrams/:id/comments { tableId, columnId?, body } → 201 { thread: ThreadDto }.
 * 400 invalid_request when the table or column is not in the diagram's current document.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'comment', async (id, access) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(CreateThreadRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const thread = await startThread(access, parsed.value);
    if (!thread.ok) return commentErrorResponse(thread.error);
    return json({ thread: thread.value }, 201, { location: `/api/diagrams/${id}/comments/${thread.value.id}` });
  });
}
