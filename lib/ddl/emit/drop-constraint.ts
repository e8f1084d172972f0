import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** A foreign key drop locks both tables SHARE ROW EXCLUSIVE; other constraints lock their table ACCESS EXCLUSIVE. */
export function emitDropConstraint(op: OperationOf<'drop_constraint'>) {
  const sql = `ALTER TABLE ${refSql(op.table)} DROP CONSTRAINT ${ident(op.name)}`;
  const what = op.what.replace('_', ' ');
  const explanation = `Drops the ${what} "${op.name}" of ${refLabel(op.table)}.`;
  return op.what === 'foreign_key'
    ? statement(sql, explanation, { lock: 'SHARE ROW EXCLUSIVE', hazards: ['BLOCKS_WRITES'] })
    : statement(sql, explanation, { lock: 'ACCESS EXCLUSIVE', hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'] });
}
