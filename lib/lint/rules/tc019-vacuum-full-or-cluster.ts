import { findAll, pick, tableLabel } from '../ast';
import { defineRule } from '../rule';

export const vacuumFullOrCluster = defineRule({
  id: 'TC019',
  slug: 'vacuum-full-or-cluster',
  severity: 'error',
  title: 'VACUUM FULL or CLUSTER in a migration',
  rationale:
    'VACUUM FULL and CLUSTER rewrite the whole table into a new file under an ACCESS EXCLUSIVE lock: no reads or writes until they ' +
    'finish, and they need free disk space for a full copy.',
  instead:
    'Leave space reclamation to autovacuum; when a table really must shrink, use an online tool such as pg_repack or pg_squeeze outside ' +
    'the migration.',
  examples: {
    bad: 'VACUUM FULL orders;',
    good: 'VACUUM (ANALYZE) orders;',
  },
  check(context) {
    const vacuum = pick(context.node, 'VacuumStmt');
    const full = vacuum && findAll(vacuum.options, 'DefElem').some((o) => o.defname === 'full');
    const cluster = pick(context.node, 'ClusterStmt');
    if (!full && !cluster) return [];
    const tables = cluster
      ? (cluster.relation ? [tableLabel(cluster.relation)] : [])
      : findAll(vacuum?.rels, 'VacuumRelation').map((r) => tableLabel(r.relation));
    const what = cluster ? 'CLUSTER' : 'VACUUM FULL';
    const target = tables.length ? tables.join(', ') : 'every table in the database';
    return [{
      message: `${what} rewrites ${target} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it finishes.`,
      objects: tables,
      fix: { description: 'Remove it from the migration; use plain VACUUM, or pg_repack for an online rewrite.' },
    }];
  },
});
