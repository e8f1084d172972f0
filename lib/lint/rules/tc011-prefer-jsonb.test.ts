import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { preferJsonb as rule } from './tc011-prefer-jsonb';

describe('TC011 prefer-jsonb', () => {
  itHoldsItsExamples(rule);

  it('flags json in ADD COLUMN and ALTER COLUMN TYPE, on any table', async () => {
    const findings = await findingsOf(rule, 'ALTER TABLE events ADD COLUMN meta json;\nALTER TABLE events ALTER COLUMN body TYPE json;');
    expect(findings.map((f) => f.objects[0])).toEqual(['events.meta', 'events.body']);
  });

  it('points at the type', async () => {
    const [finding] = await findingsOf(rule, 'CREATE TABLE e (\n  id bigint,\n  payload json\n);');
    expect(finding?.location).toMatchObject({ line: 3, column: 11 });
  });
});
