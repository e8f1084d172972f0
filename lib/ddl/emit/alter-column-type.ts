import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/**
 * USING makes the conversion explicit, so a change PostgreSQL has no implicit
 * cast for (text → integer) still runs and fails loudly on a bad row. Most type
 * changes rewrite the table; the few binary-compatible ones (varchar(n) → text)
 * do not, but we do not promise that here.
 */
export function emitAlterColumnType(op: OperationOf<'alter_column_type'>) {
  const column = ident(op.column);
  return statement(`ALTER TABLE ${refSql(op.table)} ALTER COLUMN ${column} TYPE ${op.to} USING ${column}::${op.to}`, `Changes the type of ${refLabel(op.table)}.${op.column} from ${op.from} to ${op.to}, converting every row.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'REWRITES_TABLE', 'BREAKS_RUNNING_CLIENTS'],
  });
}
