import type { OperationOf } from '../operations';
import { statement, type Hazard } from '../statement';
import { columnDefinition, refLabel, refSql } from './fragments';

/**
 * Adding a column is a catalog change unless every existing row needs its own
 * value computed: identity and generated columns, and volatile defaults, rewrite
 * the table under its ACCESS EXCLUSIVE lock (a constant or now() default does not).
 */
const VOLATILE = /\b(random|gen_random_uuid|uuidv[47]|uuid_generate_v[14]|clock_timestamp|timeofday|nextval)\s*\(/i;

export function emitAddColumn(op: OperationOf<'add_column'>) {
  const { column } = op;
  const rewrites = column.identity !== null || column.generated !== null || (column.default !== null && VOLATILE.test(column.default));
  const hazards: Hazard[] = ['ACQUIRES_ACCESS_EXCLUSIVE_LOCK'];
  if (rewrites) hazards.push('REWRITES_TABLE');
  const failsOnRows = !column.nullable && column.default === null && column.identity === null && column.generated === null;
  const explanation = failsOnRows
    ? `Adds the NOT NULL column "${column.name}" without a default to ${refLabel(op.table)}, which fails if the table has rows.`
    : `Adds the column "${column.name}" to ${refLabel(op.table)}${rewrites ? ', rewriting every row' : ''}.`;
  return statement(`ALTER TABLE ${refSql(op.table)} ADD COLUMN ${columnDefinition(column)}`, explanation, { lock: 'ACCESS EXCLUSIVE', hazards });
}
