import { ident, literal } from '../../sql/quote';
import type { CommentTarget, OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

function targetSql(target: CommentTarget): [sql: string, label: string] {
  switch (target.on) {
    case 'schema': return [`SCHEMA ${ident(target.name)}`, `schema ${target.name}`];
    case 'table': return [`TABLE ${refSql(target.ref)}`, `table ${refLabel(target.ref)}`];
    case 'column': return [`COLUMN ${refSql(target.table)}.${ident(target.column)}`, `column ${refLabel(target.table)}.${target.column}`];
    case 'type': return [`TYPE ${refSql(target.ref)}`, `type ${refLabel(target.ref)}`];
    case 'domain': return [`DOMAIN ${refSql(target.ref)}`, `domain ${refLabel(target.ref)}`];
    case 'sequence': return [`SEQUENCE ${refSql(target.ref)}`, `sequence ${refLabel(target.ref)}`];
    case 'index': return [`INDEX ${refSql(target.ref)}`, `index ${refLabel(target.ref)}`];
  }
}

export function emitSetComment(op: OperationOf<'set_comment'>) {
  const [sql, label] = targetSql(op.target);
  const value = op.comment === null || op.comment === '' ? 'NULL' : literal(op.comment);
  const explanation = value === 'NULL' ? `Removes the comment on the ${label}.` : `Documents the ${label}.`;
  return statement(`COMMENT ON ${sql} IS ${value}`, explanation);
}
