import { tableKey } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, commandsOnExistingTable, ident, tableSql } from './helpers';

export const setNotNullWithoutCheck = defineRule({
  id: 'TC004',
  slug: 'set-not-null-without-check',
  severity: 'error',
  title: 'SET NOT NULL on an existing table without a validated CHECK (column IS NOT NULL)',
  rationale:
    'ALTER COLUMN … SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes. ' +
    'From PostgreSQL 12 the scan is skipped when a validated CHECK (column IS NOT NULL) constraint already proves it.',
  instead:
    'ADD CONSTRAINT … CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a separate transaction, then SET NOT NULL ' +
    '(now instant) and drop the helper check.',
  examples: {
    bad: 'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
    good: [
      'ALTER TABLE orders ADD CONSTRAINT status_not_null CHECK (status IS NOT NULL) NOT VALID;',
      'ALTER TABLE orders VALIDATE CONSTRAINT status_not_null;',
      'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
    ].join('\n'),
  },
  check(context) {
    const found = commandsOnExistingTable(context, 'AT_SetNotNull');
    if (!found) return [];
    const key = tableKey(found.table);
    return found.commands.flatMap((command) => {
      const column = command.name ?? '';
      const proven = context.pgVersion >= 12 && context.state.hasValidatedNotNullCheck(key, column);
      if (proven) return [];
      const label = columnLabel(found.table, column);
      const table = tableSql(found.table);
      const check = ident(`${column}_not_null`);
      return [{
        message: `SET NOT NULL on ${label} scans the whole table while blocking reads and writes; no validated CHECK (${column} IS NOT NULL) precedes it.`,
        objects: [label],
        fix: {
          description: context.pgVersion >= 12
            ? 'Prove it with a NOT VALID check validated separately; SET NOT NULL then skips the scan.'
            : `PostgreSQL ${context.pgVersion} always scans; run it in a quiet window or upgrade to 12+.`,
          sql: [
            `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${ident(column)} IS NOT NULL) NOT VALID;`,
            `ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};`,
            `ALTER TABLE ${table} ALTER COLUMN ${ident(column)} SET NOT NULL;`,
            `ALTER TABLE ${table} DROP CONSTRAINT ${check};`,
          ].join('\n'),
        },
      }];
    });
  },
});
