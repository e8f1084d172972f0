import { describe, expect, it } from 'vitest';
import type { CommentTarget } from '../../lib/api/comment-dto';
import { targetText } from '../../lib/client/comments/target-text';

const target = (overrides: Partial<CommentTarget>): CommentTarget => ({
  tableId: 'tbl_1', columnId: null, label: 'orders', tableName: 'orders', columnName: null, state: 'present', ...overrides,
});

describe('targetText', () => {
  it('names a present target by its current names, so a rename shows', () => {
    expect(targetText(target({ tableName: 'purchases' }))).toBe('purchases');
    expect(targetText(target({ columnId: 'col_1', label: 'orders.total', tableName: 'purchases', columnName: 'amount' }))).toBe('purchases.amount');
  });

  it('names a deleted target by the names it had', () => {
    expect(targetText(target({ tableName: null, state: 'table_deleted' }))).toBe('on a deleted table (orders)');
    expect(targetText(target({ columnId: 'col_1', label: 'orders.total', state: 'column_deleted' }))).toBe('on a deleted column (orders.total)');
  });
});
