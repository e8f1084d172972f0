import { z } from 'zod';

/**
 * Request bodies and queries of the comments API
 * (`/api/diagrams/:id/comments/**`). Bodies are trimmed; the limits match the
 * `comments_body_check` constraint of the database.
 */
export const COMMENT_BODY_MAX = 10_000;

const CommentBody = z
  .string({ error: 'body must be text: what you want to say' })
  .trim()
  .min(1, 'body cannot be empty')
  .max(COMMENT_BODY_MAX, `body is at most ${COMMENT_BODY_MAX.toLocaleString('en')} characters`);

/** Stable ids of the document (`tbl_…`, `col_…`); checked against the diagram by the service. */
const ObjectId = z.string().trim().min(1).max(200);

/** POST /api/diagrams/:id/comments: a new thread on a table, or on one of its columns. */
export const CreateThreadRequest = z.strictObject({
  tableId: ObjectId,
  columnId: ObjectId.nullable().optional(),
  body: CommentBody,
});
export type CreateThreadRequest = z.output<typeof CreateThreadRequest>;

/** POST …/comments/:commentId/replies and PATCH …/comments/:commentId. */
export const CommentBodyRequest = z.strictObject({ body: CommentBody });
export type CommentBodyRequest = z.output<typeof CommentBodyRequest>;

export const THREAD_STATUS_FILTERS = ['all', 'open', 'resolved'] as const;
export type ThreadStatusFilter = (typeof THREAD_STATUS_FILTERS)[number];

/** GET /api/diagrams/:id/comments?status=open|resolved|all&tableId=…&columnId=… */
export const ListThreadsQuery = z
  .strictObject({
    status: z.enum(THREAD_STATUS_FILTERS, { error: 'status is open, resolved or all' }).default('all'),
    tableId: ObjectId.optional(),
    columnId: ObjectId.optional(),
  })
  .refine((q) => q.columnId === undefined || q.tableId !== undefined, { path: ['columnId'], message: 'columnId needs tableId too' });
export type ListThreadsQuery = z.output<typeof ListThreadsQuery>;

export const CommentIdParam = z.uuid('a comment id is a UUID');
