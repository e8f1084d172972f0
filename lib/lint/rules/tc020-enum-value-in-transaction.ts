import { labelOfNames, pick, strings } from '../ast';
import { defineRule, runsInTransactionBlock } from '../rule';

export const enumValueInTransaction = defineRule({
  id: 'TC020',
  slug: 'enum-value-in-transaction',
  severity: 'info',
  title: 'ALTER TYPE … ADD VALUE in a transaction block before PostgreSQL 12',
  rationale:
    'Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run inside a transaction block (unless the type was created in the same ' +
    'transaction). From 12 it can, but the new value cannot be used until the transaction commits. Only reported when the target ' +
    'version (--pg) is below 12.',
  instead: 'Put the ADD VALUE in its own migration file marked "-- tablecraft:no-transaction", or target PostgreSQL 12+.',
  examples: {
    bad: "ALTER TYPE order_status ADD VALUE 'refunded';",
    good: "-- tablecraft:no-transaction\nALTER TYPE order_status ADD VALUE 'refunded';",
  },
  check(context) {
    const alter = pick(context.node, 'AlterEnumStmt');
    if (!alter?.newVal || alter.oldVal || context.pgVersion >= 12 || !runsInTransactionBlock(context)) return [];
    const type = labelOfNames(strings(alter.typeName));
    return [{
      message: `Adding value '${alter.newVal}' to enum ${type} fails inside a transaction block on PostgreSQL ${context.pgVersion}.`,
      objects: [type],
      fix: { description: 'Move it to a migration file that starts with -- tablecraft:no-transaction.' },
    }];
  },
});
