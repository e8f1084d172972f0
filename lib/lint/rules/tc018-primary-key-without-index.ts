import { pick, strings } from '../ast';
import { defineRule } from '../rule';
import { commandsOnExistingTable, ident, tableSql } from './helpers';

export const primaryKeyWithoutIndex = defineRule({
  id: 'TC018',
  slug: 'primary-key-without-index',
  severity: 'error',
  title: 'Adding a PRIMARY KEY to an existing table without a prebuilt index',
  rationale:
    'ALTER TABLE … ADD PRIMARY KEY builds a unique index and, for columns not yet NOT NULL, scans the table to set NOT NULL, all under ' +
    'an ACCESS EXCLUSIVE lock that blocks reads and writes.',
  instead:
    'Make the columns NOT NULL safely (see set-not-null-without-check), CREATE UNIQUE INDEX CONCURRENTLY in a no-transaction migration, ' +
    'then ADD CONSTRAINT … PRIMARY KEY USING INDEX.',
  examples: {
    bad: 'ALTER TABLE events ADD PRIMARY KEY (id);',
    good: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;',
  },
  check(context) {
    const found = commandsOnExistingTable(context, 'AT_AddConstraint');
    if (!found) return [];
    return found.commands.flatMap((command) => {
      const constraint = pick(command.def, 'Constraint');
      if (constraint?.contype !== 'CONSTR_PRIMARY' || constraint.indexname) return [];
      const columns = strings(constraint.keys);
      const name = constraint.conname ?? `${found.table.relname}_pkey`;
      const table = tableSql(found.table);
      return [{
        message: `Adding primary key ${name} on ${found.table.relname} (${columns.join(', ')}) builds its index while blocking reads and writes.`,
        objects: [`${found.table.relname}.${name}`],
        at: constraint.location,
        fix: {
          description: 'Build the unique index concurrently first, then attach it as the primary key.',
          sql: `-- tablecraft:no-transaction (own file)\nCREATE UNIQUE INDEX CONCURRENTLY ${ident(name)} ON ${table} (${columns.map(ident).join(', ')});\n` +
            `-- next migration:\nALTER TABLE ${table} ADD CONSTRAINT ${ident(name)} PRIMARY KEY USING INDEX ${ident(name)};`,
        },
      }];
    });
  },
});
