import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** Column defaults keep working (they hold the sequence's oid); SQL that names the sequence does not. */
export function emitRenameSequence(op: OperationOf<'rename_sequence'>) {
  return statement(`ALTER SEQUENCE ${refSql(op.sequence)} RENAME TO ${ident(op.to)}`,
    `Renames the sequence ${refLabel(op.sequence)} to "${op.to}"; defaults using it keep working, SQL that names the old sequence does not.`, {
      lock: 'ACCESS EXCLUSIVE',
      hazards: ['BREAKS_RUNNING_CLIENTS'],
    });
}
