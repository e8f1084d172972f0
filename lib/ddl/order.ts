import type { Operation, OperationKind } from './operations';

/**
 * The order statements run in. Each rule is here, next to the code that
 * enforces it; operations of the same phase keep the order `diff` produced them
 * in (document order), so output is deterministic.
 *
 *  0. Release sequences from columns about to be dropped (OWNED BY NONE), or
 *     PostgreSQL would drop the sequence with the column.
 *  1. Drop foreign keys first: nothing else can then be blocked by one, and
 *     tables that reference each other (cycles) can be dropped in any order.
 *  2. Drop indexes, then constraints, then columns, then tables — each may depend
 *     on the next; dropping a table drops its partitions, indexes and constraints.
 *     Drops name objects as they were, so they run before any rename.
 *  3. Renames (schema, table, column, type, enum value, constraint, index) before
 *     anything is created, so a new object may take a freed name.
 *  4. Schemas, then extensions (an extension may be installed WITH SCHEMA one of
 *     ours), then enums (a domain may be over one), then domains, then
 *     sequences (column defaults call nextval on them), then tables (columns
 *     use all of these), then partitions (they need their parent).
 *  5. Column changes and added constraints on existing tables.
 *     Then sequences are OWNED BY their columns, which all exist now.
 *  6. Foreign keys once every table and key exists, so cycles work.
 *  7. Indexes once their tables (and partitions) exist: an index on a
 *     partitioned parent then covers every partition in one statement.
 *  8. Comments once the object they describe exists.
 *  9. Drop sequences, domains, enums, schemas, extensions last: only now is
 *     nothing using them (a dropped column default may have called the sequence).
 */
const PHASES: readonly (readonly OperationKind[])[] = [
  ['set_sequence_owner'], // OWNED BY NONE only; see phaseOf
  ['drop_constraint'], // foreign keys only; see phaseOf
  ['drop_index'],
  ['drop_constraint'],
  ['drop_column'],
  ['drop_table'],
  ['rename_schema', 'set_table_schema', 'rename_sequence', 'rename_table', 'rename_column', 'rename_type', 'rename_enum_value', 'rename_constraint', 'rename_index'],
  ['create_schema'],
  ['create_extension'],
  ['create_enum', 'add_enum_value', 'keep_enum_value'],
  ['create_domain'],
  ['create_sequence', 'alter_sequence'],
  ['create_table'],
  ['create_partition'],
  ['add_column', 'alter_column_type', 'set_column_default', 'set_column_nullable'],
  ['add_constraint'],
  ['set_sequence_owner'],
  ['add_foreign_key'],
  ['create_index'],
  ['set_comment'],
  ['drop_sequence'],
  ['drop_domain'],
  ['drop_enum'],
  ['drop_schema'],
  ['drop_extension'],
];

const RELEASE_SEQUENCE_PHASE = 0;
const FOREIGN_KEY_DROP_PHASE = 1;

function phaseOf(op: Operation): number {
  if (op.kind === 'set_sequence_owner' && op.owner === null) return RELEASE_SEQUENCE_PHASE;
  if (op.kind === 'drop_constraint' && op.what === 'foreign_key') return FOREIGN_KEY_DROP_PHASE;
  const phase = PHASES.findIndex((kinds, i) => i !== FOREIGN_KEY_DROP_PHASE && i !== RELEASE_SEQUENCE_PHASE && kinds.includes(op.kind));
  if (phase < 0) throw new Error(`order: operation kind "${op.kind}" has no phase`);
  return phase;
}

/** A stable sort by phase. */
export function orderOperations(ops: readonly Operation[]): Operation[] {
  return ops
    .map((op, index) => ({ op, index, phase: phaseOf(op) }))
    .sort((a, b) => a.phase - b.phase || a.index - b.index)
    .map(({ op }) => op);
}
