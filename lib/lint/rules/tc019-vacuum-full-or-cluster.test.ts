import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { vacuumFullOrCluster as rule } from './tc019-vacuum-full-or-cluster';

describe('TC019 vacuum-full-or-cluster', () => {
  itHoldsItsExamples(rule);

  it('flags CLUSTER and a database-wide VACUUM FULL', async () => {
    const findings = await findingsOf(rule, 'CLUSTER orders USING orders_pkey;\nVACUUM (FULL, ANALYZE);');
    expect(findings.map((f) => f.message.split(' under')[0])).toEqual(['CLUSTER rewrites orders', 'VACUUM FULL rewrites every table in the database']);
  });
});
