import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';

/** IF NOT EXISTS: extensions are shared by the whole database, and another schema may have installed it already. */
export function emitCreateExtension(op: OperationOf<'create_extension'>) {
  const { name, schema } = op.extension;
  const where = schema === null ? '' : ` WITH SCHEMA ${ident(schema)}`;
  return statement(`CREATE EXTENSION IF NOT EXISTS ${ident(name)}${where}`, `Installs the "${name}" extension if the database does not have it yet.`);
}
