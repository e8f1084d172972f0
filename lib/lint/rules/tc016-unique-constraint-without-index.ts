import { pick, strings } from '../ast';
import { defineRule } from '../rule';
import { commandsOnExistingTable, ident, tableSql } from './helpers';

export const uniqueConstraintWithoutIndex = defineRule({
  id: 'TC016',
  slug: 'unique-constraint-without-index',
  severity: 'error',
  title: 'Adding a UNIQUE constraint to an existing table without a prebuilt index',
  rationale:
    'ADD CONSTRAINT … UNIQUE builds its index inside the ALTER TABLE, holding an ACCESS EXCLUSIVE lock that blocks reads and writes ' +
    'for the whole build.',
  instead:
    'CREATE UNIQUE INDEX CONCURRENTLY in a no-transaction migration, then ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX (instant).',
  examples: {
    bad: 'ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);',
    good: 'ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_idx;',
  },
  check(context) {
    const found = commandsOnExistingTable(context, 'AT_AddConstraint');
    if (!found) return [];
    return found.commands.flatMap((command) => {
      const constraint = pick(command.def, 'Constraint');
      if (constraint?.contype !== 'CONSTR_UNIQUE' || constraint.indexname) return [];
      const columns = strings(constraint.keys);
      const name = constraint.conname ?? `${found.table.relname}_${columns.join('_')}_key`;
      const table = tableSql(found.table);
      return [{
        message: `Adding unique constraint ${name} on ${found.table.relname} (${columns.join(', ')}) builds its index while blocking reads and writes.`,
        objects: [`${found.table.relname}.${name}`],
        at: constraint.location,
        fix: {
          description: 'Build the unique index concurrently first, then attach it as the constraint.',
          sql: `-- tablecraft:no-transaction (own file)\nCREATE UNIQUE INDEX CONCURRENTLY ${ident(name)} ON ${table} (${columns.map(ident).join(', ')});\n` +
            `-- next migration:\nALTER TABLE ${table} ADD CONSTRAINT ${ident(name)} UNIQUE USING INDEX ${ident(name)};`,
        },
      }];
    });
  },
});
