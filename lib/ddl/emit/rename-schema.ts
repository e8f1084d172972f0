import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';

export function emitRenameSchema(op: OperationOf<'rename_schema'>) {
  return statement(`ALTER SCHEMA ${ident(op.from)} RENAME TO ${ident(op.to)}`, `Renames the schema "${op.from}" to "${op.to}"; queries naming the old schema stop working.`, {
    hazards: ['BREAKS_RUNNING_CLIENTS'],
  });
}
