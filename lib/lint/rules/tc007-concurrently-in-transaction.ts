import { findAll, pick, tableLabel } from '../ast';
import { defineRule, type StatementContext } from '../rule';

/** What the statement does concurrently, or null when it does nothing concurrently. */
function concurrentOperation(context: StatementContext): string | null {
  const index = pick(context.node, 'IndexStmt');
  if (index?.concurrent) return `CREATE INDEX CONCURRENTLY ${index.idxname ?? ''} on ${tableLabel(index.relation)}`.replace('  ', ' ');
  const drop = pick(context.node, 'DropStmt');
  if (drop?.concurrent) return 'DROP INDEX CONCURRENTLY';
  const reindex = pick(context.node, 'ReindexStmt');
  if (reindex && findAll(reindex.params, 'DefElem').some((option) => option.defname === 'concurrently')) return 'REINDEX CONCURRENTLY';
  const alter = pick(context.node, 'AlterTableStmt');
  if (alter && findAll(alter.cmds, 'PartitionCmd').some((cmd) => cmd.concurrent)) return 'DETACH PARTITION CONCURRENTLY';
  return null;
}

export const concurrentlyInTransaction = defineRule({
  id: 'TC007',
  slug: 'concurrently-in-transaction',
  severity: 'error',
  title: 'A CONCURRENTLY operation in a migration that runs in a transaction',
  rationale:
    'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY refuse to run inside a transaction block ' +
    '("cannot run inside a transaction block"). Tablecraft runs a migration file as one transaction unless its first line is ' +
    '"-- tablecraft:no-transaction", and an explicit BEGIN … COMMIT in the file makes a transaction block too.',
  instead:
    'Put the concurrent statement in its own migration file whose first line is "-- tablecraft:no-transaction", with no BEGIN/COMMIT.',
  examples: {
    bad: 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\nCOMMIT;',
    good: '-- tablecraft:no-transaction\nCREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);',
  },
  check(context) {
    const operation = concurrentOperation(context);
    if (!operation) return [];
    const { file, state } = context;
    if (file.noTransactionMarker && !file.hasTransactionStatements && !state.inTransactionBlock) return [];
    const why = context.state.inTransactionBlock || context.file.hasTransactionStatements
      ? 'the file has its own BEGIN/COMMIT'
      : 'the file is not marked "-- tablecraft:no-transaction", so it runs as one transaction';
    return [{
      message: `${operation} fails inside a transaction block: ${why}.`,
      objects: [],
      fix: {
        description: 'Move it to its own migration file that starts with -- tablecraft:no-transaction and has no BEGIN/COMMIT.',
        sql: `-- tablecraft:no-transaction\n${context.text.trim()};`,
      },
    }];
  },
});
