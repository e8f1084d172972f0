import type { CommentTarget } from '../../api/comment-dto';

/** How a thread names what it is about: `orders.total`, or `on a deleted table (orders)` once it is gone. */
export function targetText(target: CommentTarget): string {
  switch (target.state) {
    case 'present':
      return target.columnName === null ? target.tableName ?? target.label : `${target.tableName}.${target.columnName}`;
    case 'column_deleted':
      return `on a deleted column (${target.label})`;
    case 'table_deleted':
      return `on a deleted table (${target.label})`;
  }
}
