import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { dropIndexWithoutConcurrently as rule } from './tc006-drop-index-without-concurrently';

describe('TC006 drop-index-without-concurrently', () => {
  itHoldsItsExamples(rule);

  it('is a warning naming the index', async () => {
    const [finding] = await findingsOf(rule, 'DROP INDEX IF EXISTS shop.orders_idx;');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('shop.orders_idx');
    expect(finding?.fix?.sql).toContain('DROP INDEX CONCURRENTLY IF EXISTS shop.orders_idx;');
  });

  it('accepts dropping an index built on a table created in the set', async () => {
    expect(await findingsOf(rule, 'CREATE TABLE t (id bigint);\nCREATE INDEX t_id ON t (id);\nDROP INDEX t_id;')).toEqual([]);
  });
});
