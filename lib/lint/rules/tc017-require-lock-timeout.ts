import { findAll, keyOfNames, pick, strings, tableLabel } from '../ast';
import { defineRule, type StatementContext } from '../rule';

/**
 * The existing table a statement must lock, or null. Statements on tables
 * created in this migration wait for nobody, so they need no timeout.
 */
function lockedExistingTable(context: StatementContext): string | null {
  const { node, state } = context;
  const onTable = (rel: { schemaname?: string; relname?: string } | undefined) => (rel && state.isExisting(rel) ? tableLabel(rel) : null);
  const alter = pick(node, 'AlterTableStmt');
  // ALTER TABLE also addresses sequences and views (OWNER TO); only tables are meant here.
  if (alter) return alter.objtype === 'OBJECT_TABLE' ? onTable(alter.relation) : null;
  const rename = pick(node, 'RenameStmt');
  if (rename?.relation) return rename.renameType === 'OBJECT_TABLE' || rename.relationType === 'OBJECT_TABLE' ? onTable(rename.relation) : null;
  const index = pick(node, 'IndexStmt');
  if (index) return onTable(index.relation);
  const trigger = pick(node, 'CreateTrigStmt');
  if (trigger) return onTable(trigger.relation);
  const truncate = pick(node, 'TruncateStmt');
  if (truncate) return (truncate.relations ?? []).map((r) => onTable(pick(r, 'RangeVar'))).find((t) => t) ?? null;
  const cluster = pick(node, 'ClusterStmt');
  if (cluster) return onTable(cluster.relation);
  const vacuum = pick(node, 'VacuumStmt');
  if (vacuum && findAll(vacuum.options, 'DefElem').some((o) => o.defname === 'full')) {
    return findAll(vacuum.rels, 'VacuumRelation').map((r) => onTable(r.relation)).find((t) => t) ?? 'all tables';
  }
  const drop = pick(node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_TABLE' || (drop?.removeType === 'OBJECT_INDEX' && !drop.concurrent)) {
    const names = (drop.objects ?? []).map((o) => strings(pick(o, 'List')?.items));
    const existing = names.find((n) => state.isExistingKey(drop.removeType === 'OBJECT_TABLE' ? keyOfNames(n) : state.indexTable(keyOfNames(n)) ?? 'unknown'));
    return existing ? existing.join('.') : null;
  }
  // A foreign key in a new table locks the table it references (SHARE ROW EXCLUSIVE).
  const create = pick(node, 'CreateStmt');
  if (create) {
    const referenced = findAll(create.tableElts, 'Constraint').map((c) => c.pktable).find((t) => t && state.isExisting(t));
    return referenced ? tableLabel(referenced) : null;
  }
  return null;
}

export const requireLockTimeout = defineRule({
  id: 'TC017',
  slug: 'require-lock-timeout',
  severity: 'warning',
  title: 'A lock-taking statement without a lock_timeout set earlier in the file',
  rationale:
    'A statement that needs a strong lock waits behind every running query on the table, and every new query then waits behind it. ' +
    'Without lock_timeout one slow report turns a millisecond ALTER into an outage. With it the migration fails fast and can be retried.',
  instead: "Start the migration with SET lock_timeout = '5s'; (and a statement_timeout), and retry on timeout.",
  examples: {
    bad: 'ALTER TABLE orders ADD COLUMN note text;',
    good: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text;",
  },
  check(context) {
    if (context.state.lockTimeoutSet) return [];
    const table = lockedExistingTable(context);
    if (!table) return [];
    return [{
      message: `This statement locks ${table} with no lock_timeout set in ${context.file.name}; it can queue behind long queries and block all traffic to ${table} meanwhile.`,
      objects: table === 'all tables' ? [] : [table],
      fix: { description: 'Set a lock timeout at the top of the migration.', sql: "SET lock_timeout = '5s';" },
    }];
  },
});
