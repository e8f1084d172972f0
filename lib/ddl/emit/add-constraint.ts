import { ident } from '../../sql/quote';
import type { OperationOf, TableConstraint } from '../operations';
import { statement } from '../statement';
import { columnList, refLabel, refSql } from './fragments';

export function constraintClause(constraint: TableConstraint): string {
  switch (constraint.type) {
    case 'primary_key':
      return `CONSTRAINT ${ident(constraint.key.name)} PRIMARY KEY (${columnList(constraint.key.columns)})`;
    case 'unique':
      return `CONSTRAINT ${ident(constraint.unique.name)} UNIQUE${constraint.unique.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''} (${columnList(constraint.unique.columns)})`;
    case 'check':
      return `CONSTRAINT ${ident(constraint.check.name)} CHECK (${constraint.check.expression})`;
  }
}

const WHAT = { primary_key: 'primary key', unique: 'unique constraint', check: 'check constraint' } as const;

/** Keys build a unique index and checks scan every row, both while the table is locked ACCESS EXCLUSIVE. */
export function emitAddConstraint(op: OperationOf<'add_constraint'>) {
  return statement(`ALTER TABLE ${refSql(op.table)} ADD ${constraintClause(op.constraint)}`, `Adds a ${WHAT[op.constraint.type]} to ${refLabel(op.table)}, checking every existing row.`, {
    lock: 'ACCESS EXCLUSIVE',
    hazards: ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK', 'VALIDATES_ALL_ROWS', 'BLOCKS_WRITES'],
  });
}
