import { literal } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** An enum value cannot be removed again without recreating the type, hence IRREVERSIBLE. */
export function emitAddEnumValue(op: OperationOf<'add_enum_value'>) {
  const position = op.before === null ? '' : ` BEFORE ${literal(op.before)}`;
  return statement(`ALTER TYPE ${refSql(op.enum)} ADD VALUE ${literal(op.value)}${position}`, `Adds the value '${op.value}' to the enum ${refLabel(op.enum)}; it can be used once this transaction commits.`, {
    hazards: ['IRREVERSIBLE'],
  });
}
