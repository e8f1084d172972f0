import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitRenameType(op: OperationOf<'rename_type'>) {
  const keyword = op.what === 'domain' ? 'DOMAIN' : 'TYPE';
  return statement(`ALTER ${keyword} ${refSql(op.type)} RENAME TO ${ident(op.to)}`, `Renames the ${op.what} ${refLabel(op.type)} to "${op.to}"; its columns keep working, SQL that names the old type does not.`, {
    hazards: ['BREAKS_RUNNING_CLIENTS'],
  });
}
