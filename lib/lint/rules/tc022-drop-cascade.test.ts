import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { dropCascade as rule } from './tc022-drop-cascade';

describe('TC022 drop-cascade', () => {
  itHoldsItsExamples(rule);

  it('flags CASCADE on types, columns and TRUNCATE', async () => {
    const findings = await findingsOf(rule, [
      'DROP TYPE mood CASCADE;',
      'ALTER TABLE orders DROP COLUMN status CASCADE;',
      'TRUNCATE orders CASCADE;',
    ].join('\n'));
    expect(findings.map((f) => f.message.split(' ').slice(0, 3).join(' '))).toEqual(['DROP TYPE mood', 'Dropping column orders.status', 'TRUNCATE orders CASCADE']);
  });

  it('accepts RESTRICT drops', async () => {
    expect(await findingsOf(rule, 'DROP TABLE orders RESTRICT;\nDROP INDEX i;')).toEqual([]);
  });
});
