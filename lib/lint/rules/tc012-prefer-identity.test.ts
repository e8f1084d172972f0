import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { preferIdentity as rule } from './tc012-prefer-identity';

describe('TC012 prefer-identity', () => {
  itHoldsItsExamples(rule);

  it('flags every serial spelling', async () => {
    const findings = await findingsOf(rule, 'CREATE TABLE t (a serial, b smallserial, c bigserial, d serial8, e int);');
    expect(findings.map((f) => f.objects[0])).toEqual(['t.a', 't.b', 't.c', 't.d']);
    expect(findings[0]?.fix?.sql).toBe('a bigint GENERATED ALWAYS AS IDENTITY');
  });

  it('honours a file-wide suppression with a reason', async () => {
    const sql = '-- tablecraft-lint-disable-file TC012: legacy schema keeps serial until v3\nCREATE TABLE t (a serial);\nCREATE TABLE u (b serial);';
    expect(await findingsOf(rule, sql)).toEqual([]);
  });
});
