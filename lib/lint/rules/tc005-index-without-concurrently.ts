import { pick, tableLabel } from '../ast';
import { defineRule } from '../rule';

export const indexWithoutConcurrently = defineRule({
  id: 'TC005',
  slug: 'index-without-concurrently',
  severity: 'error',
  title: 'CREATE INDEX on an existing table without CONCURRENTLY',
  rationale:
    'A plain CREATE INDEX holds a SHARE lock on the table for the whole build: reads continue but every INSERT, UPDATE and DELETE waits, ' +
    'for minutes on a large table.',
  instead:
    'CREATE INDEX CONCURRENTLY in its own migration file marked "-- tablecraft:no-transaction" (it cannot run in a transaction block). ' +
    'For a partitioned table: CREATE INDEX ON ONLY the parent, build each partition\'s index concurrently, then ATTACH PARTITION each.',
  examples: {
    bad: 'CREATE INDEX orders_customer_idx ON orders (customer_id);',
    good: '-- tablecraft:no-transaction\nCREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);',
  },
  check(context) {
    const index = pick(context.node, 'IndexStmt');
    if (!index || index.concurrent || !context.state.isExisting(index.relation)) return [];
    const table = tableLabel(index.relation);
    const name = index.idxname ?? '(unnamed index)';
    return [{
      message: `Building index ${name} on ${table} without CONCURRENTLY blocks all writes to ${table} until the build finishes.`,
      objects: [table, name],
      fix: {
        description: 'Build it concurrently, alone in a file marked -- tablecraft:no-transaction.',
        sql: `-- tablecraft:no-transaction\n${context.text.trim().replace(/^CREATE\s+(UNIQUE\s+)?INDEX\b/i, (m) => `${m} CONCURRENTLY`)};`,
      },
    }];
  },
});
