/**
 * What the comments API returns. A thread is its first comment and the replies
 * to it; it is about a table or one of its columns, named by stable id.
 */

/** Where the thread's table and column stand in the diagram's current document. */
export type CommentTargetState = 'present' | 'table_deleted' | 'column_deleted';

export interface CommentTarget {
  tableId: string;
  columnId: string | null;
  /** The names when the thread was started: `orders` or `orders.total`; what a deleted target is called. */
  label: string;
  /** The table's name now (it may have been renamed), or null when it is no longer in the document. */
  tableName: string | null;
  /** The column's name now, or null (no column, or it was deleted). */
  columnName: string | null;
  state: CommentTargetState;
}

export interface CommentDto {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
  /** When the body was last edited, or null if never. */
  editedAt: string | null;
  /** The requester wrote it, so may edit it. */
  mine: boolean;
  /** The requester may delete it: their own, or anyone's with the manage permission. */
  canDelete: boolean;
}

export type ThreadStatus = 'open' | 'resolved';

export interface ThreadDto {
  /** The id of the first comment; replies, resolve and reopen use it. */
  id: string;
  target: CommentTarget;
  status: ThreadStatus;
  resolvedAt: string | null;
  resolvedByName: string | null;
  /** Oldest first; the first one started the thread. */
  comments: CommentDto[];
  /** The latest of any comment written or edited, and of resolving: threads are listed newest activity first. */
  lastActivityAt: string;
}

/** What the requester may do with the diagram's comments, so the UI shows only what works. */
export interface CommentPermissions {
  /** Start threads, reply, resolve and reopen, edit and delete their own comments. */
  comment: boolean;
  /** Delete anyone's comment. */
  moderate: boolean;
}

export interface ThreadListDto {
  threads: ThreadDto[];
  permissions: CommentPermissions;
}
