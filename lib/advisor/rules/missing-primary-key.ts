import { columnNames } from '../context';
import { advisorFinding, type AdvisorFix } from '../findings';
import type { TableRule } from '../rule';

/**
 * TABLE_WITHOUT_PRIMARY_KEY: without a primary key, rows cannot be referenced,
 * logical replication cannot replicate UPDATE/DELETE, and duplicates creep in.
 * The fix promotes a unique constraint on NOT NULL columns when there is one,
 * else adds a `bigint GENERATED ALWAYS AS IDENTITY` key column.
 */
export const missingPrimaryKey: TableRule = ({ table }) => {
  if (table.primaryKey !== null) return [];
  const promotable = table.uniques.find((u) => u.columnIds.every((id) => table.columns.find((c) => c.id === id)?.nullable === false));
  const partitionColumns = table.partitioning?.key.flatMap((k) => (k.columnId ? [k.columnId] : [])) ?? [];
  let fix: AdvisorFix | null = null;
  if (promotable && partitionColumns.every((c) => promotable.columnIds.includes(c))) {
    const names = columnNames(table, promotable.columnIds).join(', ');
    fix = { kind: 'set_primary_key', tableId: table.id, columnIds: promotable.columnIds, description: `Make (${names}) the primary key of ${table.name}` };
  } else if (table.partitioning === null) {
    const columnName = table.columns.some((c) => c.name === 'id') ? `${table.name}_id`.slice(0, 63) : 'id';
    fix = { kind: 'add_identity_key', tableId: table.id, columnName, description: `Add ${columnName} bigint GENERATED ALWAYS AS IDENTITY as the primary key of ${table.name}` };
  }
  return [advisorFinding({
    code: 'TABLE_WITHOUT_PRIMARY_KEY', category: 'index', severity: 'error', tableId: table.id,
    columnIds: fix?.kind === 'set_primary_key' ? fix.columnIds : [],
    message: `${table.name} has no primary key.`,
    reason: 'Without one, rows cannot be addressed or referenced reliably, duplicate rows go unnoticed, and logical replication cannot publish UPDATE and DELETE on the table (it needs a replica identity).',
    fix,
  })];
};
