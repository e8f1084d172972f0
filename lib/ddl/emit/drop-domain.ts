import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitDropDomain(op: OperationOf<'drop_domain'>) {
  return statement(`DROP DOMAIN ${refSql(op.domain.ref)}`, `Drops the domain ${refLabel(op.domain.ref)}, which no column uses any more.`);
}
