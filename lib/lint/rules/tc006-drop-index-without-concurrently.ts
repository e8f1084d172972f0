import { keyOfNames, pick, strings } from '../ast';
import { defineRule } from '../rule';

export const dropIndexWithoutConcurrently = defineRule({
  id: 'TC006',
  slug: 'drop-index-without-concurrently',
  severity: 'warning',
  title: 'DROP INDEX without CONCURRENTLY',
  rationale:
    'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index\'s table. The drop itself is quick, but it queues behind every running ' +
    'query on the table, and every new query queues behind it: a long report can stall the whole table.',
  instead: 'DROP INDEX CONCURRENTLY in its own migration file marked "-- tablecraft:no-transaction".',
  examples: {
    bad: 'DROP INDEX orders_customer_idx;',
    good: '-- tablecraft:no-transaction\nDROP INDEX CONCURRENTLY orders_customer_idx;',
  },
  check(context) {
    const drop = pick(context.node, 'DropStmt');
    if (!drop || drop.removeType !== 'OBJECT_INDEX' || drop.concurrent) return [];
    return (drop.objects ?? []).flatMap((object) => {
      const names = strings(pick(object, 'List')?.items);
      const table = context.state.indexTable(keyOfNames(names));
      // An index built earlier in this migration on a table created here is not in use yet.
      if (table && !context.state.isExistingKey(table)) return [];
      const name = names.join('.');
      return [{
        message: `Dropping index ${name} without CONCURRENTLY locks its table against reads and writes while it waits for running queries.`,
        objects: [name],
        fix: {
          description: 'Drop it concurrently, alone in a file marked -- tablecraft:no-transaction.',
          sql: `-- tablecraft:no-transaction\nDROP INDEX CONCURRENTLY${drop.missing_ok ? ' IF EXISTS' : ''} ${name};`,
        },
      }];
    });
  },
});
