import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { preferBigintKeys as rule } from './tc015-prefer-bigint-keys';

describe('TC015 prefer-bigint-keys', () => {
  itHoldsItsExamples(rule);

  it('finds int keys declared inline, as a table constraint and in a later ALTER', async () => {
    const findings = await findingsOf(rule, [
      'CREATE TABLE a (id serial PRIMARY KEY);',
      'CREATE TABLE b (id smallint, PRIMARY KEY (id));',
      'CREATE TABLE c (id integer NOT NULL);',
      'ALTER TABLE ONLY c ADD CONSTRAINT c_pkey PRIMARY KEY (id);',
      'CREATE TABLE d (id int);',
      'ALTER TABLE d ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;',
    ].join('\n'));
    expect(findings.map((f) => f.objects[0])).toEqual(['a.id', 'b.id', 'c.id', 'd.id']);
    expect(findings[1]?.message).toContain('32,767');
  });

  it('leaves composite keys and bigint/uuid keys alone', async () => {
    expect(await findingsOf(rule, 'CREATE TABLE l (a int, b int, PRIMARY KEY (a, b));\nCREATE TABLE u (id uuid PRIMARY KEY);')).toEqual([]);
  });
});
