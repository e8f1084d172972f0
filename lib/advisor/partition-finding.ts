import type { Table } from '../model/table';
import { readingPatterns, type AdvisorContext } from './context';
import { advisorFinding, type AdvisorCode, type AdvisorFinding, type AdvisorFix } from './findings';
import { hashPartitions, listPartitions, rangePartitions } from './partition-bounds';
import type { PartitionChoice } from './partition-choice';
import { formatBytes } from './size';
import { baseType } from './column-types';
import { maxPartitionBytes } from './options';

const CODES: Record<PartitionChoice['strategy'], AdvisorCode> = {
  range: 'PARTITION_BY_TIME_RANGE', hash: 'PARTITION_BY_TENANT_HASH', list: 'PARTITION_BY_CATEGORY_LIST',
};

/** The finding (with its `partition_table` fix) for a partitioning choice. */
export function partitionFinding(table: Table, choice: PartitionChoice, ctx: AdvisorContext): AdvisorFinding {
  const { column, projection } = choice;
  const partitions = choice.strategy === 'range'
    ? rangePartitions(table.name, choice.interval, startDate(ctx), baseType(column) ?? 'timestamptz')
    : choice.strategy === 'hash' ? hashPartitions(table.name, choice.modulus) : listPartitions(table.name, choice.values);
  const layout = choice.strategy === 'range'
    ? `one partition per ${choice.interval} (${formatBytes((table.volume?.growthPerMonth ?? 0) * projection.rowBytes)} of new rows a month; each partition stays under ${formatBytes(maxPartitionBytes(ctx.options))}), ${partitions.length - 1} generated ahead plus a default partition — keep creating them ahead of time (a scheduled job or pg_partman)`
    : choice.strategy === 'hash' ? `${choice.modulus} hash partitions (MODULUS ${choice.modulus}), about ${formatBytes(projection.bytesAtHorizon / choice.modulus)} each at the horizon`
      : `one partition per value (${choice.values.join(', ')}) plus a default partition`;
  const keys = keyChanges(table, column.id);
  const blockers = (ctx.incoming.get(table.id) ?? []).filter((r) => !r.toColumnIds.includes(column.id));
  const noPruning = readingPatterns(table).filter((p) => !p.filters.some((f) => f.columnId === column.id));
  const reason = [
    `${projection.text}.`,
    `Partition BY ${choice.strategy.toUpperCase()} (${column.name}): ${choice.why}; ${layout}.`,
    keys.length > 0
      ? `PostgreSQL requires every primary key and unique constraint of a partitioned table to include the partition key, so ${keys.join(' and ')} gain${keys.length > 1 ? '' : 's'} ${column.name}: uniqueness is then only guaranteed per ${column.name} value, not across the table — keep key values from an identity or uuid so they stay unique in practice.`
      : '',
    noPruning.length > 0 ? `Not pruned: ${noPruning.map((p) => `"${p.name}"`).join(', ')} do${noPruning.length > 1 ? '' : 'es'} not filter on ${column.name} and will scan every partition.` : '',
    blockers.length > 0 ? `No automatic fix: ${blockers.map((r) => ctx.tables.get(r.fromTableId)?.name ?? r.fromTableId).join(', ')} reference${blockers.length > 1 ? '' : 's'} a key that would have to include ${column.name}; add the column to those tables and their foreign keys first.` : '',
  ].filter(Boolean).join(' ');
  const fix: AdvisorFix | null = blockers.length > 0 ? null : {
    kind: 'partition_table', tableId: table.id, keyColumnIds: [column.id],
    partitioning: { strategy: choice.strategy, key: [{ columnId: column.id, expression: null }], partitions },
    description: `Partition ${table.name} by ${choice.strategy} on ${column.name} (${partitions.length} partitions)`,
  };
  return advisorFinding({
    code: CODES[choice.strategy], category: 'partitioning', severity: 'warning', tableId: table.id, columnIds: [column.id],
    patternIds: readingPatterns(table).map((p) => p.id),
    message: `${table.name} is projected at ${formatBytes(projection.bytesAtHorizon)} in ${ctx.options.horizonMonths} months, more than the server's ${formatBytes(ctx.options.ramBytes)} of RAM: partition it by ${choice.strategy} on ${column.name}.`,
    reason, fix,
  });
}

function keyChanges(table: Table, columnId: string): string[] {
  const changes: string[] = [];
  if (table.primaryKey && !table.primaryKey.columnIds.includes(columnId)) changes.push('the primary key');
  const uniques = table.uniques.filter((u) => !u.columnIds.includes(columnId)).length
    + table.indexes.filter((i) => i.unique && !i.keys.some((k) => k.columnId === columnId)).length;
  if (uniques > 0) changes.push(`${uniques} unique constraint${uniques > 1 ? 's' : ''}`);
  return changes;
}

/** The first generated partition starts here: the `today` option, else the first of the current month (UTC). */
function startDate(ctx: AdvisorContext): string {
  if (ctx.options.today) return ctx.options.today;
  const now = new Date();
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`;
}
