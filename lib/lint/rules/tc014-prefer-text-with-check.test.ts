import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { preferTextWithCheck as rule } from './tc014-prefer-text-with-check';

describe('TC014 prefer-text-with-check', () => {
  itHoldsItsExamples(rule);

  it('flags varchar(n) and character varying(n) as info, not unbounded varchar', async () => {
    const findings = await findingsOf(rule, 'CREATE TABLE t (a varchar(20), b character varying(5), c varchar, d text);');
    expect(findings.map((f) => [f.objects[0], f.severity])).toEqual([['t.a', 'info'], ['t.b', 'info']]);
    expect(findings[0]?.fix?.sql).toBe('"a" text CHECK (char_length("a") <= 20)');
  });
});
