import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitRenameColumn(op: OperationOf<'rename_column'>) {
  return statement(`ALTER TABLE ${refSql(op.table)} RENAME COLUMN ${ident(op.from)} TO ${ident(op.to)}`, `Renames the column "${op.from}" of ${refLabel(op.table)} to "${op.to}", keeping its data; queries using the old name fail.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'BREAKS_RUNNING_CLIENTS'],
  });
}
