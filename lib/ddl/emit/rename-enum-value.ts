import { literal } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitRenameEnumValue(op: OperationOf<'rename_enum_value'>) {
  return statement(`ALTER TYPE ${refSql(op.enum)} RENAME VALUE ${literal(op.from)} TO ${literal(op.to)}`, `Renames the value '${op.from}' of the enum ${refLabel(op.enum)} to '${op.to}'; stored rows follow, clients sending the old label fail.`, {
    hazards: ['BREAKS_RUNNING_CLIENTS'],
  });
}
