import type { ThreadDto } from '../../api/comment-dto';
import { COMMENT_BODY_MAX, type ListThreadsQuery } from '../../api/comment-requests';
import { err, ok, type Result } from '../../result';
import type { DiagramAccess } from '../auth/types';
import type { Database } from '../db/prisma';
import { commentActor, type CommentActor } from './actor';
import { COMMENT_COLUMNS, toThreadDto, type CommentRow } from './dto';
import { badBody, columnMissing, commentMissing, diagramMissing, mayNotComment, notYours, tableMissing, type CommentError } from './errors';
import { indexTargets, targetLabel, type TargetIndex } from './targets';

export type CommentResult<T> = Promise<Result<T, CommentError>>;

export interface StartThreadInput {
  readonly tableId: string;
  readonly columnId?: string | null;
  readonly body: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Threaded comments on a diagram's tables and columns, over Prisma. Every
 * method takes the requester's `DiagramAccess` (already checked by the route for
 * the permission it needs) and checks again what depends on the comment itself:
 * only the author edits; the author or a manager deletes. Returns DTOs, never rows.
 */
export function createCommentService(db: Database) {
  /** The route checked the body already; the service holds the same rule for every other caller. */
  function cleanBody(raw: string): Result<string, CommentError> {
    const body = raw.trim();
    return body.length === 0 || body.length > COMMENT_BODY_MAX ? err(badBody(body.length, COMMENT_BODY_MAX)) : ok(body);
  }

  /**
   * The names of just these tables and their columns in the current document,
   * or null when the diagram is gone. PostgreSQL picks them out of the jsonb, so
   * a poll of the comments never ships a whole 500-table document to the app.
   */
  async function targetsOf(diagramId: string, tableIds: readonly string[]): Promise<TargetIndex | null> {
    const [row] = await db.$queryRaw<{ tables: unknown }[]>`
      SELECT COALESCE((
        SELECT jsonb_agg(jsonb_build_object('id', t->>'id', 'name', t->>'name', 'columns', t->'columns'))
        FROM jsonb_array_elements(d.document->'tables') AS t
        WHERE t->>'id' = ANY(${[...new Set(tableIds)]}::text[])
      ), '[]'::jsonb) AS tables
      FROM tablecraft.diagrams d
      WHERE d.id = ${diagramId}::uuid`;
    return row ? indexTargets({ tables: row.tables }) : null;
  }

  /** The thread a comment belongs to (its own, when it is the first comment), as a DTO. */
  async function threadOf(diagramId: string, rootId: string, actor: CommentActor): CommentResult<ThreadDto> {
    const root = await db.comment.findFirst({ where: { id: rootId, diagramId, parentId: null }, select: { ...COMMENT_COLUMNS, replies: { select: COMMENT_COLUMNS } } });
    if (!root) return err(commentMissing(rootId));
    const index = await targetsOf(diagramId, [root.tableId ?? '']);
    if (!index) return err(diagramMissing(diagramId));
    return ok(toThreadDto(root, root.replies, index, actor));
  }

  /** A comment of this diagram, or null (a malformed id is simply not found). */
  async function findComment(diagramId: string, commentId: string): Promise<CommentRow | null> {
    if (!UUID.test(commentId)) return null;
    return db.comment.findFirst({ where: { id: commentId, diagramId }, select: COMMENT_COLUMNS });
  }

  /** Resolving or reopening: either names a thread by any of its comments. */
  async function setResolved(access: DiagramAccess, commentId: string, resolved: boolean): CommentResult<ThreadDto> {
    const actor = commentActor(access);
    if (!actor.mayComment) return err(mayNotComment());
    const comment = await findComment(access.diagramId, commentId);
    if (!comment) return err(commentMissing(commentId));
    const rootId = comment.parentId ?? comment.id;
    // Resolving a resolved thread keeps who resolved it first; reopening an open one changes nothing.
    await db.comment.updateMany({
      where: { id: rootId, diagramId: access.diagramId, resolvedAt: resolved ? null : { not: null } },
      data: resolved ? { resolvedAt: new Date(), resolvedByName: actor.name } : { resolvedAt: null, resolvedByName: null },
    });
    return threadOf(access.diagramId, rootId, actor);
  }

  return {
    /** The diagram's threads with their replies, newest activity first; `query` filters by status and target. */
    async listThreads(access: DiagramAccess, query: Partial<ListThreadsQuery> = {}): CommentResult<ThreadDto[]> {
      const actor = commentActor(access);
      const status = query.status ?? 'all';
      const rows = await db.comment.findMany({
          where: {
            diagramId: access.diagramId,
            parentId: null,
            ...(query.tableId !== undefined ? { tableId: query.tableId } : {}),
            ...(query.columnId !== undefined ? { columnId: query.columnId } : {}),
            ...(status === 'open' ? { resolvedAt: null } : status === 'resolved' ? { resolvedAt: { not: null } } : {}),
          },
        select: { ...COMMENT_COLUMNS, replies: { select: COMMENT_COLUMNS } },
      });
      const index = await targetsOf(access.diagramId, rows.map((r) => r.tableId ?? ''));
      if (!index) return err(diagramMissing(access.diagramId));
      const threads = rows.map((root) => toThreadDto(root, root.replies, index, actor));
      return ok(threads.sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt) || b.id.localeCompare(a.id)));
    },

    /**
     * Starts a thread on a table, or on one of its columns. Both must be in the
     * diagram's current document; their names are kept with the thread so it can
     * still say what it was about once they are deleted.
     */
    async startThread(access: DiagramAccess, input: StartThreadInput): CommentResult<ThreadDto> {
      const actor = commentActor(access);
      if (!actor.mayComment) return err(mayNotComment());
      const body = cleanBody(input.body);
      if (!body.ok) return body;
      const index = await targetsOf(access.diagramId, [input.tableId]);
      if (!index) return err(diagramMissing(access.diagramId));
      const table = index.get(input.tableId);
      if (!table) return err(tableMissing(input.tableId));
      const columnId = input.columnId ?? null;
      const columnName = columnId === null ? null : table.columns.get(columnId);
      if (columnName === undefined) return err(columnMissing(table.name, columnId ?? ''));
      try {
        const row = await db.comment.create({
          data: {
            diagramId: access.diagramId,
            tableId: input.tableId,
            columnId,
            targetLabel: targetLabel(table.name, columnName),
            body: body.value,
            authorUserId: actor.userId,
            authorName: actor.name,
            authorKey: actor.key,
          },
          select: COMMENT_COLUMNS,
        });
        return ok(toThreadDto(row, [], index, actor));
      } catch (error) {
        if (hasPrismaCode(error, 'P2003')) return err(diagramMissing(access.diagramId)); // deleted meanwhile
        throw error;
      }
    },

    /** Adds a reply to the thread `commentId` belongs to; the answer is the whole thread. */
    async reply(access: DiagramAccess, commentId: string, text: string): CommentResult<ThreadDto> {
      const actor = commentActor(access);
      if (!actor.mayComment) return err(mayNotComment());
      const body = cleanBody(text);
      if (!body.ok) return body;
      const comment = await findComment(access.diagramId, commentId);
      if (!comment) return err(commentMissing(commentId));
      const rootId = comment.parentId ?? comment.id;
      try {
        await db.comment.create({
          data: { diagramId: access.diagramId, parentId: rootId, body: body.value, authorUserId: actor.userId, authorName: actor.name, authorKey: actor.key },
        });
      } catch (error) {
        if (hasPrismaCode(error, 'P2003')) return err(commentMissing(rootId)); // the thread was deleted meanwhile
        throw error;
      }
      return threadOf(access.diagramId, rootId, actor);
    },

    /** Changes the text of one's own comment; the answer is its thread. */
    async edit(access: DiagramAccess, commentId: string, text: string): CommentResult<ThreadDto> {
      const actor = commentActor(access);
      if (!actor.mayComment) return err(mayNotComment());
      const body = cleanBody(text);
      if (!body.ok) return body;
      const comment = await findComment(access.diagramId, commentId);
      if (!comment) return err(commentMissing(commentId));
      if (comment.authorKey !== actor.key) return err(notYours('edit'));
      const { count } = await db.comment.updateMany({ where: { id: comment.id, diagramId: access.diagramId }, data: { body: body.value, updatedAt: new Date() } });
      if (count === 0) return err(commentMissing(commentId));
      return threadOf(access.diagramId, comment.parentId ?? comment.id, actor);
    },

    /** Deletes a comment; deleting the first comment deletes the whole thread (the replies cascade). */
    async remove(access: DiagramAccess, commentId: string): CommentResult<void> {
      const actor = commentActor(access);
      if (!actor.mayComment) return err(mayNotComment());
      const comment = await findComment(access.diagramId, commentId);
      if (!comment) return err(commentMissing(commentId));
      if (comment.authorKey !== actor.key && !actor.mayModerate) return err(notYours('delete'));
      const { count } = await db.comment.deleteMany({ where: { id: comment.id, diagramId: access.diagramId } });
      return count === 1 ? ok(undefined) : err(commentMissing(commentId));
    },

    resolve: (access: DiagramAccess, commentId: string) => setResolved(access, commentId, true),
    reopen: (access: DiagramAccess, commentId: string) => setResolved(access, commentId, false),
  };
}

export type CommentService = ReturnType<typeof createCommentService>;

function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
