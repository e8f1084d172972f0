import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { rewritingTypeChange as rule } from './tc008-rewriting-type-change';

const baseline = [{ name: 'schema.sql', text: 'CREATE TABLE orders (id int, code varchar(20), amount numeric(10,2), note text);' }];

describe('TC008 rewriting-type-change', () => {
  itHoldsItsExamples(rule);

  it('knows the old type from the baseline schema and accepts safe widenings', async () => {
    expect(await findingsOf(rule, [
      'ALTER TABLE orders ALTER COLUMN code TYPE varchar(40);',
      'ALTER TABLE orders ALTER COLUMN code TYPE text;',
      'ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);',
    ].join('\n'), { baseline })).toEqual([]);
  });

  it('flags narrowing and real conversions as errors, naming both types', async () => {
    const findings = await findingsOf(rule, [
      'ALTER TABLE orders ALTER COLUMN code TYPE varchar(10);',
      'ALTER TABLE orders ALTER COLUMN id TYPE bigint;',
      'ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,4);',
    ].join('\n'), { baseline });
    expect(findings.map((f) => [f.severity, f.message.split(' rewrites')[0]])).toEqual([
      ['error', 'Changing orders.code from varchar(20) to varchar(10)'],
      ['error', 'Changing orders.id from int4 to int8'],
      ['error', 'Changing orders.amount from numeric(10,2) to numeric(12,4)'],
    ]);
  });

  it('is only a warning when the old type is unknown and the new one could be a widening', async () => {
    const [finding] = await findingsOf(rule, 'ALTER TABLE orders ALTER COLUMN code TYPE text;');
    expect(finding?.severity).toBe('warning');
  });

  it('treats a USING clause as a rewrite', async () => {
    expect(await findingsOf(rule, 'ALTER TABLE orders ALTER COLUMN note TYPE text USING trim(note);', { baseline })).toHaveLength(1);
  });
});
