import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

/** Moves the table with its indexes, constraints and owned sequences; its rows stay where they are. */
export function emitSetTableSchema(op: OperationOf<'set_table_schema'>) {
  return statement(`ALTER TABLE ${refSql(op.table)} SET SCHEMA ${ident(op.schema)}`, `Moves the table ${refLabel(op.table)} to the schema "${op.schema}"; queries using the old qualified name fail.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'BREAKS_RUNNING_CLIENTS'],
  });
}
