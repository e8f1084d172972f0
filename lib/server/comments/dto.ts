import type { CommentDto, ThreadDto } from '../../api/comment-dto';
import type { CommentActor } from './actor';
import { describeTarget, type TargetIndex } from './targets';

/** The columns the DTOs need (every column of `comments` but the ids of diagram and author). */
export const COMMENT_COLUMNS = {
  id: true, parentId: true, tableId: true, columnId: true, targetLabel: true, body: true, authorName: true, authorKey: true,
  createdAt: true, updatedAt: true, resolvedAt: true, resolvedByName: true,
} as const;

export interface CommentRow {
  id: string;
  parentId: string | null;
  tableId: string | null;
  columnId: string | null;
  targetLabel: string | null;
  body: string;
  authorName: string;
  authorKey: string;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
}

export function toCommentDto(row: CommentRow, actor: CommentActor): CommentDto {
  const mine = row.authorKey === actor.key;
  return {
    id: row.id,
    body: row.body,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.updatedAt.getTime() > row.createdAt.getTime() ? row.updatedAt.toISOString() : null,
    mine,
    canDelete: actor.mayComment && (mine || actor.mayModerate),
  };
}

/** A thread from its root and its replies (any order); the root row must have a table id. */
export function toThreadDto(root: CommentRow, replies: readonly CommentRow[], index: TargetIndex, actor: CommentActor): ThreadDto {
  const comments = [root, ...[...replies].sort(byCreation)];
  const moments = comments.flatMap((c) => [c.createdAt.getTime(), c.updatedAt.getTime()]);
  if (root.resolvedAt) moments.push(root.resolvedAt.getTime());
  return {
    id: root.id,
    target: describeTarget(index, root.tableId ?? '', root.columnId, root.targetLabel),
    status: root.resolvedAt ? 'resolved' : 'open',
    resolvedAt: root.resolvedAt?.toISOString() ?? null,
    resolvedByName: root.resolvedAt ? root.resolvedByName : null,
    comments: comments.map((c) => toCommentDto(c, actor)),
    lastActivityAt: new Date(Math.max(...moments)).toISOString(),
  };
}

function byCreation(a: CommentRow, b: CommentRow): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}
