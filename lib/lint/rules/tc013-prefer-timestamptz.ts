import { typeBaseName } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, declaredColumns } from './helpers';

export const preferTimestamptz = defineRule({
  id: 'TC013',
  slug: 'prefer-timestamptz',
  severity: 'warning',
  title: 'timestamp without time zone',
  rationale:
    'timestamp (without time zone) stores a wall-clock reading with no offset: the same value means different instants on servers or ' +
    'sessions in different time zones, and comparisons across daylight-saving changes go wrong. timestamptz stores an instant (UTC) ' +
    'and converts on display; it takes the same 8 bytes.',
  instead: 'timestamptz (timestamp with time zone); keep timestamp only for deliberately zone-less values such as a schedule\'s local time.',
  examples: {
    bad: 'CREATE TABLE events (happened_at timestamp);',
    good: 'CREATE TABLE events (happened_at timestamptz);',
  },
  check(context) {
    return declaredColumns(context)
      .filter((c) => typeBaseName(c.column.typeName) === 'timestamp')
      .map((c) => ({
        message: `Column ${columnLabel(c.table, c.name)} is timestamp without time zone; use timestamptz to store an unambiguous instant.`,
        objects: [columnLabel(c.table, c.name)],
        at: c.column.typeName?.location,
        fix: { description: 'Declare it as timestamptz.' },
      }));
  },
});
