import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitSetSequenceOwner(op: OperationOf<'set_sequence_owner'>) {
  const label = refLabel(op.sequence);
  if (op.owner === null) {
    return statement(`ALTER SEQUENCE ${refSql(op.sequence)} OWNED BY NONE`, `Releases the sequence ${label} from its column, so dropping that column no longer drops it.`);
  }
  const column = `${refSql(op.owner.table)}.${ident(op.owner.column)}`;
  return statement(`ALTER SEQUENCE ${refSql(op.sequence)} OWNED BY ${column}`,
    `Ties the sequence ${label} to the column ${refLabel(op.owner.table)}.${op.owner.column}: dropping the column drops the sequence.`);
}
