import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitRenameConstraint(op: OperationOf<'rename_constraint'>) {
  return statement(`ALTER TABLE ${refSql(op.table)} RENAME CONSTRAINT ${ident(op.from)} TO ${ident(op.to)}`, `Renames the constraint "${op.from}" of ${refLabel(op.table)} to "${op.to}".`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'],
  });
}
