import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/**
 * No CASCADE: column defaults that call the sequence are changed or dropped by
 * their own operations first. IF EXISTS only when the column it is OWNED BY is
 * dropped in the same migration, because PostgreSQL then drops it already.
 */
export function emitDropSequence(op: OperationOf<'drop_sequence'>) {
  const label = refLabel(op.sequence.ref);
  if (op.ownerDropped) {
    return statement(`DROP SEQUENCE IF EXISTS ${refSql(op.sequence.ref)}`,
      `Drops the sequence ${label}; PostgreSQL has normally dropped it already with the column it is owned by.`, { hazards: ['IRREVERSIBLE'] });
  }
  return statement(`DROP SEQUENCE ${refSql(op.sequence.ref)}`, `Drops the sequence ${label} and the position of its counter.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['IRREVERSIBLE', 'BREAKS_RUNNING_CLIENTS'],
  });
}
