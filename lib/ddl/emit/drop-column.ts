import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitDropColumn(op: OperationOf<'drop_column'>) {
  return statement(`ALTER TABLE ${refSql(op.table)} DROP COLUMN ${ident(op.column)}`, `Drops the column "${op.column}" of ${refLabel(op.table)} and its data; clients still selecting it fail.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['DELETES_DATA', 'IRREVERSIBLE', 'ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'BREAKS_RUNNING_CLIENTS'],
  });
}
