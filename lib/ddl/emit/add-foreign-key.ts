import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { columnList, refLabel, refSql } from './fragments';

/**
 * Foreign keys are added after every table exists, so two tables may reference
 * each other. Actions at their default (NO ACTION, MATCH SIMPLE, NOT DEFERRABLE)
 * are left out, as pg_get_constraintdef does.
 */
export function emitAddForeignKey(op: OperationOf<'add_foreign_key'>) {
  const fk = op.foreignKey;
  const parts = [
    `ALTER TABLE ${refSql(fk.table)} ADD CONSTRAINT ${ident(fk.name)} FOREIGN KEY (${columnList(fk.columns)})`,
    `REFERENCES ${refSql(fk.references)} (${columnList(fk.referencedColumns)})`,
  ];
  if (fk.matchFull) parts.push('MATCH FULL');
  if (fk.onUpdate !== 'NO ACTION') parts.push(`ON UPDATE ${fk.onUpdate}`);
  if (fk.onDelete !== 'NO ACTION') parts.push(`ON DELETE ${fk.onDelete}`);
  if (fk.deferrable === 'initially_immediate') parts.push('DEFERRABLE INITIALLY IMMEDIATE');
  if (fk.deferrable === 'initially_deferred') parts.push('DEFERRABLE INITIALLY DEFERRED');
  const explanation = `Links ${refLabel(fk.table)} (${fk.columns.join(', ')}) to ${refLabel(fk.references)} (${fk.referencedColumns.join(', ')}).`;
  if (op.newTables) return statement(parts.join(' '), explanation);
  return statement(parts.join(' '), `${explanation.slice(0, -1)}, checking every existing row while both tables refuse writes.`, {
    lock: 'SHARE ROW EXCLUSIVE',
    hazards: ['BLOCKS_WRITES', 'VALIDATES_ALL_ROWS'],
  });
}
