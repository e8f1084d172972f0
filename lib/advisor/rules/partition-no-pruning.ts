import type { PatternFilter } from '../findings';
import { columnNames, readingPatterns } from '../context';
import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';

const PRUNES: Record<'range' | 'list' | 'hash', ReadonlySet<PatternFilter['operator']>> = {
  range: new Set(['eq', 'in', 'lt', 'lte', 'gt', 'gte', 'between']),
  list: new Set(['eq', 'in']),
  hash: new Set(['eq', 'in']),
};

/**
 * PARTITION_NO_PRUNING: on a partitioned table, a pattern that does not filter
 * on the partition key (every key column, for hash) reads every partition.
 */
export const partitionNoPruning: TableRule = ({ table }) => {
  const partitioning = table.partitioning;
  if (!partitioning) return [];
  const keyColumns = partitioning.key.flatMap((k) => (k.columnId ? [k.columnId] : []));
  if (keyColumns.length === 0) return [];
  const ops = PRUNES[partitioning.strategy];
  const prunes = (filters: readonly PatternFilter[]) => {
    const hit = (c: string) => filters.some((f) => f.columnId === c && ops.has(f.operator));
    return partitioning.strategy === 'hash' ? keyColumns.every(hit) : hit(keyColumns[0]!);
  };
  const keyNames = columnNames(table, keyColumns).join(', ');
  const count = partitioning.partitions.length;
  return readingPatterns(table).filter((p) => !prunes(p.filters)).map((p) => advisorFinding({
    code: 'PARTITION_NO_PRUNING', category: 'partitioning', severity: 'warning', tableId: table.id,
    columnIds: keyColumns, objectId: p.id, patternIds: [p.id],
    message: `"${p.name}" does not filter on the partition key ${keyNames} of ${table.name}, so it reads all ${count > 0 ? `${count} ` : ''}partitions.`,
    reason: `PostgreSQL prunes partitions only from conditions on the partition key (${partitioning.strategy === 'hash' ? 'equality on every key column' : partitioning.strategy === 'list' ? 'equality or IN' : 'equality or a range'}). Add a ${keyNames} condition to the query, or partition by a column this pattern filters on.`,
  }));
};
