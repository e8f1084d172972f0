/** Expected failures of the comment service; `http.ts` maps each kind to a status. */
export type CommentError =
  | { readonly kind: 'not_found'; readonly message: string }
  | { readonly kind: 'forbidden'; readonly message: string }
  /** The table or column a new thread names is not in the diagram's current document. */
  | { readonly kind: 'unknown_target'; readonly field: 'tableId' | 'columnId'; readonly message: string }
  | { readonly kind: 'invalid_body'; readonly message: string };

export const diagramMissing = (diagramId: string): CommentError => ({ kind: 'not_found', message: `no diagram with id "${diagramId}"` });

export const commentMissing = (commentId: string): CommentError => ({
  kind: 'not_found',
  message: `this diagram has no comment with id "${commentId}" (it may have been deleted)`,
});

export const tableMissing = (tableId: string): CommentError => ({
  kind: 'unknown_target',
  field: 'tableId',
  message: `the diagram has no table with id "${tableId}" (it may have been deleted since you loaded it): reload the diagram and pick a table`,
});

export const columnMissing = (tableName: string, columnId: string): CommentError => ({
  kind: 'unknown_target',
  field: 'columnId',
  message: `table "${tableName}" has no column with id "${columnId}" (it may have been deleted since you loaded it): reload the diagram and pick a column`,
});

export const notYours = (action: 'edit' | 'delete'): CommentError => ({
  kind: 'forbidden',
  message: action === 'edit'
    ? 'only the author of a comment may edit it'
    : 'only the author of a comment, or someone who manages this diagram, may delete it',
});

export const mayNotComment = (): CommentError => ({
  kind: 'forbidden',
  message: 'your access to this diagram is view-only: commenting needs the commenter, editor or owner role',
});

export const badBody = (length: number, max: number): CommentError => ({
  kind: 'invalid_body',
  message: length === 0 ? 'a comment cannot be empty' : `a comment is at most ${max} characters (this one has ${length})`,
});
