import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { enumValueInTransaction as rule } from './tc020-enum-value-in-transaction';

describe('TC020 enum-value-in-transaction', () => {
  itHoldsItsExamples(rule, { pgVersion: 11 });

  it('is silent on PostgreSQL 12 and later', async () => {
    expect(await findingsOf(rule, rule.examples.bad, { pgVersion: 12 })).toEqual([]);
  });

  it('flags an explicit BEGIN block even in a no-transaction file', async () => {
    const [finding] = await findingsOf(rule, "-- tablecraft:no-transaction\nBEGIN;\nALTER TYPE s.mood ADD VALUE 'meh';\nCOMMIT;", { pgVersion: 11 });
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain("'meh' to enum s.mood");
  });
});
