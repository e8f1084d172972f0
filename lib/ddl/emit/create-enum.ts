import { literal } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitCreateEnum(op: OperationOf<'create_enum'>) {
  const values = op.enum.values.map((v) => literal(v.name)).join(', ');
  return statement(`CREATE TYPE ${refSql(op.enum.ref)} AS ENUM (${values})`, `Creates the enum type ${refLabel(op.enum.ref)} with ${op.enum.values.length} value(s).`);
}
