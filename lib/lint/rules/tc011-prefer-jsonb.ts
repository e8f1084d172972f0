import { typeBaseName } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, declaredColumns } from './helpers';

export const preferJsonb = defineRule({
  id: 'TC011',
  slug: 'prefer-jsonb',
  severity: 'warning',
  title: 'json instead of jsonb',
  rationale:
    'json stores the text as written and re-parses it on every access; it has no equality operator (so no DISTINCT, GROUP BY or ' +
    'unique index) and cannot be indexed with GIN. jsonb is parsed once, compares, and supports GIN and jsonpath.',
  instead: 'Use jsonb (keep json only when the exact text, key order and duplicate keys must be preserved).',
  examples: {
    bad: 'CREATE TABLE events (payload json);',
    good: 'CREATE TABLE events (payload jsonb);',
  },
  check(context) {
    return declaredColumns(context)
      .filter((c) => typeBaseName(c.column.typeName) === 'json')
      .map((c) => ({
        message: `Column ${columnLabel(c.table, c.name)} is json; jsonb is faster to query, comparable and indexable.`,
        objects: [columnLabel(c.table, c.name)],
        at: c.column.typeName?.location,
        fix: { description: 'Declare it as jsonb.' },
      }));
  },
});
