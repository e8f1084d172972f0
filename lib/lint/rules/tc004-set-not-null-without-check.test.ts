import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { setNotNullWithoutCheck as rule } from './tc004-set-not-null-without-check';

describe('TC004 set-not-null-without-check', () => {
  itHoldsItsExamples(rule);

  it('still flags when the helper check was added NOT VALID but never validated', async () => {
    const findings = await findingsOf(rule, [
      'ALTER TABLE orders ADD CONSTRAINT s_nn CHECK (status IS NOT NULL) NOT VALID;',
      'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
    ].join('\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('orders.status');
  });

  it('counts a check validated in an earlier file of the set', async () => {
    expect(await findingsOf(rule, [
      'ALTER TABLE orders ADD CONSTRAINT s_nn CHECK (status IS NOT NULL) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT s_nn;',
      'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
    ])).toEqual([]);
  });

  it('flags even with a validated check before PostgreSQL 12, which always scans', async () => {
    expect(await findingsOf(rule, rule.examples.good, { pgVersion: 11 })).toHaveLength(1);
  });
});
