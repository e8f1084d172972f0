import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { columnList, indexKeySql, refLabel, refSql, storageValue } from './fragments';

/**
 * Clause order follows PostgreSQL's grammar: keys, INCLUDE, NULLS NOT DISTINCT,
 * WITH, WHERE. On a partitioned table the index is created on the parent and
 * PostgreSQL creates it on every partition.
 */
export function emitCreateIndex(op: OperationOf<'create_index'>) {
  const { index } = op;
  const parts = [
    `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${op.concurrently ? 'CONCURRENTLY ' : ''}${ident(index.name)}`,
    `ON ${refSql(index.table)} USING ${index.method} (${index.keys.map(indexKeySql).join(', ')})`,
  ];
  if (index.include.length > 0) parts.push(`INCLUDE (${columnList(index.include)})`);
  if (index.nullsNotDistinct) parts.push('NULLS NOT DISTINCT');
  if (index.with.length > 0) parts.push(`WITH (${index.with.map(([k, v]) => `${k} = ${storageValue(v)}`).join(', ')})`);
  if (index.where !== null) parts.push(`WHERE ${index.where}`);
  const sql = parts.join(' ');
  const explanation = `Creates the ${index.method} index "${index.name}" on ${refLabel(index.table)}`;
  if (op.newTable) return statement(sql, `${explanation}.`);
  if (op.concurrently) {
    return statement(sql, `${explanation} without blocking writes; it must run outside a transaction.`, {
      lock: 'SHARE UPDATE EXCLUSIVE', transactional: false,
    });
  }
  return statement(sql, `${explanation}, blocking writes while it builds.`, { lock: 'SHARE', hazards: ['BLOCKS_WRITES'] });
}
