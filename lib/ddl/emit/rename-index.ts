import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** Since PostgreSQL 12 renaming an index takes SHARE UPDATE EXCLUSIVE, so it does not block reads or writes. */
export function emitRenameIndex(op: OperationOf<'rename_index'>) {
  return statement(`ALTER INDEX ${refSql(op.index)} RENAME TO ${ident(op.to)}`, `Renames the index ${refLabel(op.index)} to "${op.to}".`, {
    lock: 'SHARE UPDATE EXCLUSIVE',
  });
}
