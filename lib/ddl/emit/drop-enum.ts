import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitDropEnum(op: OperationOf<'drop_enum'>) {
  return statement(`DROP TYPE ${refSql(op.enum.ref)}`, `Drops the enum type ${refLabel(op.enum.ref)}, which no column uses any more.`);
}
