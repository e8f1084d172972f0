import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';

/** No CASCADE: by the time this runs every object of ours in the schema is gone, and anything else in it should stop the drop. */
export function emitDropSchema(op: OperationOf<'drop_schema'>) {
  return statement(`DROP SCHEMA ${ident(op.schema.name)}`, `Drops the now empty schema "${op.schema.name}".`);
}
