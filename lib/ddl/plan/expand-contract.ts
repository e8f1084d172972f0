import type { Operation } from '../operations';
import type { Statement } from '../statement';

/**
 * Rewriting type changes and renames break running clients whatever the locks:
 * the plan keeps the in-place statement (it is what makes the catalog match the
 * diagram) and spells out the expand/contract rollout that avoids the break, for
 * teams whose clients cannot switch in one deploy. Automating it (shadow column,
 * sync trigger, backfill, contract migration) is a later step.
 */
export function withExpandContract(op: Operation, s: Statement): Statement {
  const steps = advice(op);
  return steps ? { ...s, explanation: `${s.explanation} Zero-downtime alternative (expand/contract): ${steps}` } : s;
}

function advice(op: Operation): string | null {
  switch (op.kind) {
    case 'alter_column_type':
      return `(1) expand: ADD COLUMN ${op.column}_new ${op.to} and a trigger that copies ${op.column} into it on INSERT/UPDATE; (2) backfill ${op.column}_new in batches; (3) build its indexes CONCURRENTLY and add its constraints NOT VALID + VALIDATE; (4) deploy clients that read ${op.column}_new; (5) contract, as a later migration: drop the trigger and ${op.column}, rename ${op.column}_new to ${op.column}.`;
    case 'rename_column':
      return `(1) expand: ADD COLUMN ${op.to} and a trigger keeping ${op.from} and ${op.to} equal in both directions; (2) backfill ${op.to} in batches; (3) deploy clients that use ${op.to}; (4) contract, as a later migration: drop the trigger and ${op.from}.`;
    case 'rename_table':
      return `(1) expand: rename the table and CREATE VIEW ${op.table.schema}.${op.table.name} AS SELECT * FROM the new name (a simple view stays writable), so old clients keep working; (2) deploy clients that use "${op.to}"; (3) contract, as a later migration: DROP VIEW ${op.table.schema}.${op.table.name}.`;
    default:
      return null;
  }
}
