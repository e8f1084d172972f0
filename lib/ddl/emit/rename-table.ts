import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitRenameTable(op: OperationOf<'rename_table'>) {
  return statement(`ALTER TABLE ${refSql(op.table)} RENAME TO ${ident(op.to)}`, `Renames the table ${refLabel(op.table)} to "${op.to}", keeping its rows; queries using the old name fail.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'BREAKS_RUNNING_CLIENTS'],
  });
}
