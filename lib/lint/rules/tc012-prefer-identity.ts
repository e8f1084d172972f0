import { typeBaseName } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, declaredColumns } from './helpers';

const IDENTITY_FOR: Record<string, string> = {
  serial: 'integer', serial4: 'integer', smallserial: 'smallint', serial2: 'smallint', bigserial: 'bigint', serial8: 'bigint',
};

export const preferIdentity = defineRule({
  id: 'TC012',
  slug: 'prefer-identity',
  severity: 'warning',
  title: 'serial / bigserial instead of an identity column',
  rationale:
    'serial is a macro for a separately owned sequence plus a nextval() default: permissions on the sequence must be granted separately, ' +
    'copying the table structure shares the sequence, and nothing stops inserts of explicit values that later collide. Identity columns ' +
    'are the SQL-standard replacement, tied to the column.',
  instead: 'bigint GENERATED ALWAYS AS IDENTITY (or BY DEFAULT when rows with explicit ids must be loaded).',
  examples: {
    bad: 'CREATE TABLE customers (id bigserial PRIMARY KEY);',
    good: 'CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
  },
  check(context) {
    return declaredColumns(context).flatMap((c) => {
      const base = typeBaseName(c.column.typeName);
      const replacement = IDENTITY_FOR[base];
      if (!replacement) return [];
      const label = columnLabel(c.table, c.name);
      return [{
        message: `Column ${label} is ${base}; an identity column is tied to the column and needs no separate sequence grants.`,
        objects: [label],
        at: c.column.typeName?.location,
        fix: {
          description: 'Declare it as an identity column (bigint, so it cannot run out).',
          sql: `${c.name} bigint GENERATED ALWAYS AS IDENTITY`,
        },
      }];
    });
  },
});
