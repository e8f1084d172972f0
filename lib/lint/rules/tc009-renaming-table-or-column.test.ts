import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { renamingTableOrColumn as rule } from './tc009-renaming-table-or-column';

describe('TC009 renaming-table-or-column', () => {
  itHoldsItsExamples(rule);

  it('flags table renames and names both names', async () => {
    const [finding] = await findingsOf(rule, 'ALTER TABLE orders RENAME TO purchases;');
    expect(finding?.message).toContain('Renaming table orders to purchases');
  });

  it('ignores renames of indexes and constraints', async () => {
    expect(await findingsOf(rule, 'ALTER INDEX orders_idx RENAME TO orders_customer_idx;\nALTER TABLE orders RENAME CONSTRAINT a TO b;')).toEqual([]);
  });
});
