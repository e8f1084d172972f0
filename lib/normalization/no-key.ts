import type { TableContext } from './context';
import { finding, type Finding } from './findings';

/**
 * A table with neither a primary key nor a NOT NULL unique constraint can hold
 * two identical rows that no statement can tell apart, and nothing can reference
 * its rows. The dependency analysis then treats the declared dependencies alone.
 */
export function noKey(ctx: TableContext): Finding[] {
  const hasKey = ctx.relation.dependencies.some((d) => d.source.kind !== 'declared');
  if (hasKey || ctx.table.columns.length === 0) return [];
  return [finding({
    code: 'NO_KEY', severity: 'warning', tableId: ctx.table.id, columnIds: [], normalForm: '1NF',
    message: `"${ctx.table.name}" has no primary key and no unique constraint on NOT NULL columns: duplicate rows cannot be told apart and no foreign key can point at a row. Add a primary key (a surrogate such as bigint GENERATED ALWAYS AS IDENTITY, or the natural key).`,
  })];
}
