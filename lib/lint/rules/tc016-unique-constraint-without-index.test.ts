import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { uniqueConstraintWithoutIndex as rule } from './tc016-unique-constraint-without-index';

describe('TC016 unique-constraint-without-index', () => {
  itHoldsItsExamples(rule);

  it('offers the concurrent index and USING INDEX steps', async () => {
    const [finding] = await findingsOf(rule, 'ALTER TABLE customers ADD UNIQUE (email);');
    expect(finding?.fix?.sql).toContain('CREATE UNIQUE INDEX CONCURRENTLY "customers_email_key" ON "customers" ("email");');
    expect(finding?.fix?.sql).toContain('UNIQUE USING INDEX "customers_email_key"');
  });

  it('accepts a unique constraint on a table created in the set', async () => {
    expect(await findingsOf(rule, 'CREATE TABLE t (e text);\nALTER TABLE t ADD CONSTRAINT t_e UNIQUE (e);')).toEqual([]);
  });
});
