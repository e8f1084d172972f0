import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { droppingTableOrColumn as rule } from './tc010-dropping-table-or-column';

describe('TC010 dropping-table-or-column', () => {
  itHoldsItsExamples(rule);

  it('flags each dropped existing table, skipping ones created in the set', async () => {
    const findings = await findingsOf(rule, ['CREATE TABLE tmp (id bigint);', 'DROP TABLE IF EXISTS tmp, shop.orders;']);
    expect(findings.map((f) => f.objects)).toEqual([['shop.orders']]);
  });

  it('can be suppressed with a reason', async () => {
    const sql = '-- tablecraft-lint-disable-next-statement TC010: column unused since v2.3, backed up\nALTER TABLE orders DROP COLUMN legacy;';
    expect(await findingsOf(rule, sql)).toEqual([]);
  });
});
