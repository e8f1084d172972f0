import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { truncateTable as rule } from './tc021-truncate-table';

describe('TC021 truncate-table', () => {
  itHoldsItsExamples(rule);

  it('lists only the existing tables', async () => {
    const [finding] = await findingsOf(rule, 'CREATE TABLE s (id bigint);\nTRUNCATE s, orders, shop.carts;');
    expect(finding?.objects).toEqual(['orders', 'shop.carts']);
  });
});
