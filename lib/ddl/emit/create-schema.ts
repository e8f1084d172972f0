import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';

export function emitCreateSchema(op: OperationOf<'create_schema'>) {
  return statement(`CREATE SCHEMA ${ident(op.schema.name)}`, `Creates the schema "${op.schema.name}".`);
}
