import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { preferTimestamptz as rule } from './tc013-prefer-timestamptz';

describe('TC013 prefer-timestamptz', () => {
  itHoldsItsExamples(rule);

  it('flags every spelling of timestamp without time zone and none of timestamptz', async () => {
    const findings = await findingsOf(rule, [
      'CREATE TABLE t (a timestamp, b timestamp(3) without time zone, c timestamp with time zone, d timestamptz(6));',
    ]);
    expect(findings.map((f) => f.objects[0])).toEqual(['t.a', 't.b']);
  });
});
