import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { partitionBoundSql, refLabel, refSql } from './fragments';

/** CREATE TABLE … PARTITION OF locks the parent ACCESS EXCLUSIVE (unlike ATTACH PARTITION), which matters only when the parent already exists. */
export function emitCreatePartition(op: OperationOf<'create_partition'>) {
  const { partition, parent } = op;
  const sql = `CREATE TABLE ${refSql(partition.ref)} PARTITION OF ${refSql(parent)} ${partitionBoundSql(partition.bound)}`;
  const explanation = `Creates the partition ${refLabel(partition.ref)} of ${refLabel(parent)}.`;
  return op.newParent
    ? statement(sql, explanation)
    : statement(sql, explanation, { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] });
}
