import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { indexWithoutConcurrently as rule } from './tc005-index-without-concurrently';

describe('TC005 index-without-concurrently', () => {
  itHoldsItsExamples(rule);

  it('suggests the concurrent form in a no-transaction file', async () => {
    const [finding] = await findingsOf(rule, 'CREATE UNIQUE INDEX orders_ref ON orders (ref);');
    expect(finding?.fix?.sql).toBe('-- tablecraft:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY orders_ref ON orders (ref);');
  });

  it('accepts a plain index on a table created earlier in the set', async () => {
    expect(await findingsOf(rule, ['CREATE TABLE t (id bigint);', 'CREATE INDEX t_id ON t (id);'])).toEqual([]);
  });
});
