import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { constraintWithoutNotValid as rule } from './tc003-constraint-without-not-valid';

describe('TC003 constraint-without-not-valid', () => {
  itHoldsItsExamples(rule);

  it('flags a validated check constraint', async () => {
    const [finding] = await findingsOf(rule, 'ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0);');
    expect(finding?.message).toContain('check constraint total_positive on orders');
  });

  it('accepts NOT VALID checks, other constraint kinds and constraints on new tables', async () => {
    expect(await findingsOf(rule, [
      'ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT total_positive;',
      'CREATE TABLE lines (order_id bigint);\nALTER TABLE lines ADD FOREIGN KEY (order_id) REFERENCES orders (id);',
    ])).toEqual([]);
  });
});
