import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** No CASCADE: foreign keys pointing here are dropped by their own operations first, so a forgotten dependency stops the drop. */
export function emitDropTable(op: OperationOf<'drop_table'>) {
  const extra = op.partitioned ? ' with all its partitions' : '';
  return statement(`DROP TABLE ${refSql(op.table)}`, `Drops the table ${refLabel(op.table)}${extra} and every row in it.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['DELETES_DATA', 'IRREVERSIBLE', 'ACQUIRES_ACCESS_EXCLUSIVE_LOCK'],
  });
}
