import { pick, tableLabel } from '../ast';
import { defineRule } from '../rule';

export const truncateTable = defineRule({
  id: 'TC021',
  slug: 'truncate-table',
  severity: 'error',
  title: 'TRUNCATE in a migration',
  rationale:
    'TRUNCATE deletes every row at once, cannot be undone once committed, and takes an ACCESS EXCLUSIVE lock. In a migration it usually ' +
    'means data is being thrown away that a DOWN migration cannot bring back.',
  instead: 'Delete only what must go (DELETE … WHERE, in batches), or move the data to an archive table first.',
  examples: {
    bad: 'TRUNCATE orders;',
    good: 'CREATE TABLE staging (id bigint);\nTRUNCATE staging;',
  },
  check(context) {
    const truncate = pick(context.node, 'TruncateStmt');
    if (!truncate) return [];
    const tables = (truncate.relations ?? []).map((r) => pick(r, 'RangeVar')).filter((r) => r && context.state.isExisting(r));
    if (!tables.length) return [];
    const labels = tables.map((t) => tableLabel(t));
    return [{
      message: `TRUNCATE deletes every row of ${labels.join(', ')} irreversibly.`,
      objects: labels,
      fix: { description: 'Archive the rows first or delete selectively in batches.' },
    }];
  },
});
