import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** SET NOT NULL scans the whole table under ACCESS EXCLUSIVE (unless a validated CHECK (col IS NOT NULL) already proves it). */
export function emitSetColumnNullable(op: OperationOf<'set_column_nullable'>) {
  const target = `${refSql(op.table)} ALTER COLUMN ${ident(op.column)}`;
  if (op.nullable) {
    return statement(`ALTER TABLE ${target} DROP NOT NULL`, `Allows NULL in ${refLabel(op.table)}.${op.column}.`, {
      lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'],
    });
  }
  return statement(`ALTER TABLE ${target} SET NOT NULL`, `Makes ${refLabel(op.table)}.${op.column} NOT NULL, scanning every row while writes wait.`, {
    lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'VALIDATES_ALL_ROWS', 'BLOCKS_WRITES'],
  });
}
