import { pick } from '../ast';
import { defineRule } from '../rule';
import { commandsOnExistingTable, ident, tableSql } from './helpers';

export const constraintWithoutNotValid = defineRule({
  id: 'TC003',
  slug: 'constraint-without-not-valid',
  severity: 'error',
  title: 'Adding a validated FOREIGN KEY or CHECK constraint to an existing table',
  rationale:
    'ADD CONSTRAINT … FOREIGN KEY or CHECK scans every row to validate it while holding a lock that blocks writes ' +
    '(SHARE ROW EXCLUSIVE on both tables for a foreign key, ACCESS EXCLUSIVE for a check) for the whole scan.',
  instead:
    'Add the constraint with NOT VALID (instant; new rows are checked), then run ALTER TABLE … VALIDATE CONSTRAINT in a separate ' +
    'transaction: validation takes a lock that lets reads and writes continue.',
  examples: {
    bad: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);',
    good: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
  },
  check(context) {
    const found = commandsOnExistingTable(context, 'AT_AddConstraint');
    if (!found) return [];
    return found.commands.flatMap((command) => {
      const constraint = pick(command.def, 'Constraint');
      if (!constraint || constraint.skip_validation) return [];
      if (constraint.contype !== 'CONSTR_FOREIGN' && constraint.contype !== 'CONSTR_CHECK') return [];
      const kind = constraint.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check constraint';
      const name = constraint.conname ?? `<${kind}>`;
      const table = tableSql(found.table);
      return [{
        message: `Adding ${kind} ${name} on ${found.table.relname} validates every existing row while blocking writes to the table.`,
        objects: [`${found.table.relname}.${name}`],
        at: constraint.location,
        fix: {
          description: 'Add it NOT VALID, then validate it in a separate transaction.',
          sql: constraint.conname
            ? `ALTER TABLE ${table} ADD CONSTRAINT ${ident(constraint.conname)} … NOT VALID;\nALTER TABLE ${table} VALIDATE CONSTRAINT ${ident(constraint.conname)};`
            : undefined,
        },
      }];
    });
  },
});
