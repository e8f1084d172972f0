import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** Only future inserts see the new default; existing rows are untouched, so this is a quick catalog change. */
export function emitSetColumnDefault(op: OperationOf<'set_column_default'>) {
  const action = op.default === null ? 'DROP DEFAULT' : `SET DEFAULT ${op.default}`;
  const explanation = op.default === null
    ? `Removes the default of ${refLabel(op.table)}.${op.column}.`
    : `Sets the default of ${refLabel(op.table)}.${op.column} for future inserts.`;
  return statement(`ALTER TABLE ${refSql(op.table)} ALTER COLUMN ${ident(op.column)} ${action}`, explanation, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'],
  });
}
