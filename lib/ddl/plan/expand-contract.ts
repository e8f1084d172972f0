import type { Operation } from '../operations';
import type { Statement } from '../statement';
import { isRewritingTypeChange } from './rewrite';

/**
 * The statements that stay in place in a safe plan, annotated. Rewriting type
 * changes and table renames on existing tables are normally rolled out by
 * `expand-contract-steps.ts`; what reaches here is (a) a type change that does
 * not rewrite (kept in place, with the honest hazards), (b) a rewriting change
 * the automation leaves alone (the column is in a foreign key, check, partition
 * key, index expression, identity or generated column, the table is partitioned,
 * or `expandContract: false`), (c) a column rename, whose expand/contract needs
 * clients to switch columns and is spelled out rather than generated.
 */
export function withExpandContract(op: Operation, s: Statement): Statement {
  if (op.kind === 'alter_column_type' && !isRewritingTypeChange(op.from, op.to)) {
    return {
      ...s,
      hazards: s.hazards.filter((h) => h !== 'REWRITES_TABLE' && h !== 'BREAKS_RUNNING_CLIENTS'),
      explanation: `${s.explanation} ${op.from} → ${op.to} is binary-compatible: PostgreSQL changes only the catalog, no row is rewritten and no index rebuilt (ACCESS EXCLUSIVE for a moment).`,
    };
  }
  const steps = advice(op);
  return steps ? { ...s, explanation: `${s.explanation} Zero-downtime alternative (expand/contract): ${steps}` } : s;
}

function advice(op: Operation): string | null {
  switch (op.kind) {
    case 'alter_column_type':
      return `not generated for this column (it is part of a foreign key, check, partition key or index expression, is an identity or generated column, or its table is partitioned). By hand: (1) expand: ADD COLUMN ${op.column}__new ${op.to} and a BEFORE INSERT OR UPDATE trigger that copies ${op.column} into it; (2) backfill ${op.column}__new in batches; (3) build its indexes CONCURRENTLY and add its constraints NOT VALID + VALIDATE; (4) contract, as a later migration once clients are ready: drop the trigger and ${op.column}, rename ${op.column}__new to ${op.column}.`;
    case 'rename_column':
      return `(1) expand: ADD COLUMN ${op.to} and a trigger keeping ${op.from} and ${op.to} equal in both directions; (2) backfill ${op.to} in batches; (3) deploy clients that use ${op.to}; (4) contract, as a later migration: drop the trigger and ${op.from}.`;
    case 'rename_table':
      return `(1) expand: rename the table and CREATE VIEW ${op.table.schema}.${op.table.name} AS SELECT * FROM the new name (a simple view stays writable), so old clients keep working; (2) deploy clients that use "${op.to}"; (3) contract, as a later migration: DROP VIEW ${op.table.schema}.${op.table.name}. Generated automatically unless the table also moves schema or expandContract is off.`;
    default:
      return null;
  }
}
