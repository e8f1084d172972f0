import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { primaryKeyWithoutIndex as rule } from './tc018-primary-key-without-index';

describe('TC018 primary-key-without-index', () => {
  itHoldsItsExamples(rule);

  it('names the key and the table', async () => {
    const [finding] = await findingsOf(rule, 'ALTER TABLE events ADD CONSTRAINT events_pk PRIMARY KEY (id, at);');
    expect(finding?.message).toBe('Adding primary key events_pk on events (id, at) builds its index while blocking reads and writes.');
  });

  it('accepts a primary key added to a table created in the set (pg_dump style)', async () => {
    expect(await findingsOf(rule, 'CREATE TABLE t (id bigint NOT NULL);\nALTER TABLE ONLY t ADD CONSTRAINT t_pkey PRIMARY KEY (id);')).toEqual([]);
  });
});
