import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { requireLockTimeout as rule } from './tc017-require-lock-timeout';

describe('TC017 require-lock-timeout', () => {
  itHoldsItsExamples(rule);

  it('is needed again in every file, and a zero timeout does not count', async () => {
    const findings = await findingsOf(rule, [
      "SET lock_timeout = '2s';\nALTER TABLE a ADD COLUMN x text;",
      'ALTER TABLE a ADD COLUMN y text;',
      'SET lock_timeout = 0;\nALTER TABLE a ADD COLUMN z text;',
    ]);
    expect(findings.map((f) => f.location.file)).toEqual(['m2.sql', 'm3.sql']);
  });

  it('sees the lock a new table\'s foreign key takes on the referenced table', async () => {
    const [finding] = await findingsOf(rule, 'CREATE TABLE lines (order_id bigint REFERENCES orders (id));');
    expect(finding?.objects).toEqual(['orders']);
  });

  it('ignores new tables, sequences and views, and ALTER VIEW', async () => {
    expect(await findingsOf(rule, [
      'CREATE TABLE t (id bigint);\nALTER TABLE t ADD COLUMN x text;',
      'CREATE SEQUENCE s_seq;\nALTER TABLE s_seq OWNER TO app;\nALTER VIEW v OWNER TO app;',
    ])).toEqual([]);
  });
});
