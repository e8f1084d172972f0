import { describe, expect, it } from 'vitest';
import { findingsOf, itHoldsItsExamples } from '../testing';
import { addingVolatileDefault as rule } from './tc001-adding-volatile-default';

describe('TC001 adding-volatile-default', () => {
  itHoldsItsExamples(rule);

  it.each(['random()', 'clock_timestamp()', 'gen_random_uuid()', "nextval('s')"])('flags DEFAULT %s on an existing table', async (expr) => {
    const [finding] = await findingsOf(rule, `ALTER TABLE orders ADD COLUMN x numeric DEFAULT ${expr};`);
    expect(finding?.message).toContain('orders.x');
    expect(finding?.severity).toBe('error');
    expect(finding?.fix?.sql).toContain('SET DEFAULT');
  });

  it('accepts constants and now() (evaluated once since PostgreSQL 11)', async () => {
    expect(await findingsOf(rule, "ALTER TABLE orders ADD COLUMN a int DEFAULT 0, ADD COLUMN b timestamptz DEFAULT now(), ADD COLUMN c text DEFAULT 'x';")).toEqual([]);
  });

  it('flags serial, identity and stored generated columns, which fill every row', async () => {
    const findings = await findingsOf(rule, [
      'ALTER TABLE orders ADD COLUMN a bigserial;',
      'ALTER TABLE orders ADD COLUMN b bigint GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE orders ADD COLUMN c int GENERATED ALWAYS AS (1) STORED;',
    ].join('\n'));
    expect(findings.map((f) => f.message.split(': ')[1])).toEqual([
      'its type bigserial has a nextval() default.', 'it is an identity column.', 'it is a stored generated column.',
    ]);
  });

  it('ignores tables created earlier in the migration set', async () => {
    expect(await findingsOf(rule, ['CREATE TABLE t (id bigint);', 'ALTER TABLE t ADD COLUMN u uuid DEFAULT gen_random_uuid();'])).toEqual([]);
  });

  it('treats any default as a rewrite before PostgreSQL 11', async () => {
    expect(await findingsOf(rule, 'ALTER TABLE orders ADD COLUMN a int DEFAULT 0;', { pgVersion: 10 })).toHaveLength(1);
  });
});
