import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';

export function emitDropExtension(op: OperationOf<'drop_extension'>) {
  const { name } = op.extension;
  return statement(`DROP EXTENSION IF EXISTS ${ident(name)}`, `Removes the "${name}" extension; anything else in the database that uses it would stop this statement.`, {
    hazards: ['BREAKS_RUNNING_CLIENTS'],
  });
}
