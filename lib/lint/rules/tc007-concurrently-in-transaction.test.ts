import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { concurrentlyInTransaction as rule } from './tc007-concurrently-in-transaction';

describe('TC007 concurrently-in-transaction', () => {
  itHoldsItsExamples(rule);

  it('flags a file without the no-transaction marker (it runs as one transaction)', async () => {
    const [finding] = await findingsOf(rule, 'DROP INDEX CONCURRENTLY orders_idx;');
    expect(finding?.message).toContain('not marked "-- tablecraft:no-transaction"');
  });

  it('flags a marked file that still has BEGIN/COMMIT', async () => {
    const [finding] = await findingsOf(rule, '-- tablecraft:no-transaction\nBEGIN;\nCOMMIT;\nREINDEX INDEX CONCURRENTLY orders_idx;');
    expect(finding?.message).toBe('REINDEX CONCURRENTLY fails inside a transaction block: the file has its own BEGIN/COMMIT.');
  });

  it('only counts the marker on the first line', async () => {
    expect(await findingsOf(rule, "SET lock_timeout = '5s';\n-- tablecraft:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (x);")).toHaveLength(1);
  });
});
