import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitDropIndex(op: OperationOf<'drop_index'>) {
  if (op.concurrently) {
    return statement(`DROP INDEX CONCURRENTLY ${refSql(op.index)}`, `Drops the index ${refLabel(op.index)} without blocking queries; it must run outside a transaction.`, {
      lock: 'SHARE UPDATE EXCLUSIVE', transactional: false,
    });
  }
  return statement(`DROP INDEX ${refSql(op.index)}`, `Drops the index ${refLabel(op.index)}; queries that used it get slower.`, {
    lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'],
  });
}
