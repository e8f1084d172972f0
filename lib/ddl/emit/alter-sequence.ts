import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';
import { sequenceOptionClauses } from './sequence-options';

/**
 * ALTER SEQUENCE takes SHARE ROW EXCLUSIVE on the sequence, which waits for and
 * blocks nextval() (inserts that use the default) until the transaction ends.
 * START WITH only changes where a RESTART would begin; the counter keeps its place.
 */
export function emitAlterSequence(op: OperationOf<'alter_sequence'>) {
  const { to } = op;
  const clauses = sequenceOptionClauses(to);
  const changed = Object.keys(to).join(', ');
  return statement(`ALTER SEQUENCE ${refSql(op.sequence)} ${clauses.join(' ')}`, `Changes ${changed} of the sequence ${refLabel(op.sequence)}; values already handed out stay as they are.`, {
    lock: 'SHARE ROW EXCLUSIVE',
    hazards: ['BLOCKS_WRITES'],
  });
}
