import { typeBaseName, typeModifiers } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, declaredColumns, ident } from './helpers';

export const preferTextWithCheck = defineRule({
  id: 'TC014',
  slug: 'prefer-text-with-check',
  severity: 'info',
  title: 'varchar(n) length limit',
  rationale:
    'In PostgreSQL varchar(n) is stored exactly like text; the limit only adds a check. Raising it is cheap, but lowering it rewrites ' +
    'the table, and limits chosen up front (255 out of habit) tend to be wrong. A CHECK constraint says the rule explicitly, can be ' +
    'added NOT VALID and changed without touching the column type.',
  instead: 'text, with CHECK (char_length(column) <= n) when a limit is a real business rule.',
  examples: {
    bad: 'CREATE TABLE customers (email varchar(255));',
    good: 'CREATE TABLE customers (email text CHECK (char_length(email) <= 320));',
  },
  check(context) {
    return declaredColumns(context).flatMap((c) => {
      const limit = typeModifiers(c.column.typeName)[0];
      if (typeBaseName(c.column.typeName) !== 'varchar' || limit === undefined) return [];
      const label = columnLabel(c.table, c.name);
      return [{
        message: `Column ${label} is varchar(${limit}); text with a CHECK on its length is easier to change later.`,
        objects: [label],
        at: c.column.typeName?.location,
        fix: { description: 'Declare it as text with a length check.', sql: `${ident(c.name)} text CHECK (char_length(${ident(c.name)}) <= ${limit})` },
      }];
    });
  },
});
