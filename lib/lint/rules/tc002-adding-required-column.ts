import { columnConstraints, pick } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, commandsOnExistingTable, ident, tableSql } from './helpers';

export const addingRequiredColumn = defineRule({
  id: 'TC002',
  slug: 'adding-required-column',
  severity: 'error',
  title: 'Adding a NOT NULL column without a default to an existing table',
  rationale:
    'Existing rows get NULL in a new column that has no default, so ADD COLUMN … NOT NULL fails with "column contains null values" ' +
    'as soon as the table has a single row. It passes on an empty development database and breaks in production.',
  instead:
    'Add the column as nullable, set a default for new rows, backfill in batches, add CHECK (column IS NOT NULL) NOT VALID, ' +
    'VALIDATE CONSTRAINT in a separate transaction, then SET NOT NULL and drop the helper check. ' +
    'Or give the column a constant default, which PostgreSQL 11+ adds without a rewrite.',
  examples: {
    bad: 'ALTER TABLE orders ADD COLUMN status text NOT NULL;',
    good: "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';",
  },
  check(context) {
    const found = commandsOnExistingTable(context, 'AT_AddColumn');
    if (!found) return [];
    return found.commands.flatMap((command) => {
      const column = pick(command.def, 'ColumnDef');
      if (!column?.colname) return [];
      const kinds = new Set(columnConstraints(column).map((c) => c.contype));
      const required = kinds.has('CONSTR_NOTNULL') || kinds.has('CONSTR_PRIMARY') || column.is_not_null;
      const filled = kinds.has('CONSTR_DEFAULT') || kinds.has('CONSTR_IDENTITY') || kinds.has('CONSTR_GENERATED');
      if (!required || filled) return [];
      const label = columnLabel(found.table, column.colname);
      const table = tableSql(found.table);
      const name = ident(column.colname);
      const check = ident(`${column.colname}_not_null`);
      return [{
        message: `Adding required column ${label} without a default fails when ${found.table.relname} has any rows (existing rows would be NULL).`,
        objects: [label],
        at: column.location,
        fix: {
          description: 'Add it nullable, backfill, then enforce NOT NULL through a validated check.',
          sql: [
            `ALTER TABLE ${table} ADD COLUMN ${name} <type>;`,
            `-- backfill in batches: UPDATE ${table} SET ${name} = … WHERE ${name} IS NULL AND …;`,
            `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${name} IS NOT NULL) NOT VALID;`,
            `ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};`,
            `ALTER TABLE ${table} ALTER COLUMN ${name} SET NOT NULL;`,
            `ALTER TABLE ${table} DROP CONSTRAINT ${check};`,
          ].join('\n'),
        },
      }];
    });
  },
});
