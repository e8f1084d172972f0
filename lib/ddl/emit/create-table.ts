import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import type { TableDef } from '../schema-model';
import { statement } from '../statement';
import { columnDefinition, columnList, refLabel, refSql } from './fragments';

/**
 * CREATE TABLE with columns, primary key, uniques and checks inline. Foreign keys
 * are separate operations (added after every table exists, so cycles work);
 * indexes and comments too.
 */
export function emitCreateTable(op: OperationOf<'create_table'>) {
  const { table } = op;
  const lines = [
    ...table.columns.map(columnDefinition),
    ...tableConstraints(table),
  ];
  const body = lines.length > 0 ? `(\n${lines.map((l) => `  ${l}`).join(',\n')}\n)` : '()';
  const partition = table.partitionBy
    ? ` PARTITION BY ${table.partitionBy.strategy.toUpperCase()} (${table.partitionBy.keys
      .map((k) => ('column' in k ? ident(k.column) : `(${k.expression})`)).join(', ')})`
    : '';
  const kind = table.unlogged ? 'UNLOGGED TABLE' : 'TABLE';
  const what = table.partitionBy ? `partitioned table (by ${table.partitionBy.strategy})` : 'table';
  return statement(`CREATE ${kind} ${refSql(table.ref)} ${body}${partition}`, `Creates the ${what} ${refLabel(table.ref)}.`);
}

function tableConstraints(table: TableDef): string[] {
  const lines: string[] = [];
  if (table.primaryKey) lines.push(`CONSTRAINT ${ident(table.primaryKey.name)} PRIMARY KEY (${columnList(table.primaryKey.columns)})`);
  for (const u of table.uniques) {
    lines.push(`CONSTRAINT ${ident(u.name)} UNIQUE${u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''} (${columnList(u.columns)})`);
  }
  for (const c of table.checks) lines.push(`CONSTRAINT ${ident(c.name)} CHECK (${c.expression})`);
  return lines;
}
