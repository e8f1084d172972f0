import { emit } from '../emit';
import { hasFeature } from '../features';
import type { Operation } from '../operations';
import type { SchemaModel } from '../schema-model';
import type { Statement } from '../statement';
import { withExpandContract } from './expand-contract';
import { compatibilityView, renameKeepingOldName, type RenamedTable } from './table-rename-view';
import {
  addCheckNotValid, addColumnThenDefault, addForeignKeyNotValid, addKeyUsingIndex, backfill, partitionedIndex, setNotNullValidated, validate,
} from './online';

/**
 * How each step of a safe plan turns its operations into statements. Only the
 * operations that need an online pattern are rewritten; the rest use the plain
 * emitters. `validations` collects the NOT VALID constraints for the VALIDATE step.
 */
export interface StageContext {
  readonly version: number;
  /** The state the step migrates to (names as they are after it). */
  readonly model: SchemaModel;
  /** `schema.table` of tables that exist before the plan. */
  readonly existing: ReadonlySet<string>;
  readonly backfills: ReadonlySet<string>;
  readonly helperNames: ReadonlySet<string>;
  readonly keyIndexes: ReadonlySet<string>;
  /** Table renames rolled out with a compatibility view (expand/contract); empty when the option is off. */
  readonly renamedTables: readonly RenamedTable[];
  readonly batchSize: number;
  readonly validations: { table: { schema: string; name: string }; name: string }[];
}

const key = (ref: { schema: string; name: string }) => `${ref.schema}.${ref.name}`;

export function mainStage(ops: readonly Operation[], ctx: StageContext): Statement[] {
  const statements = ops.flatMap((op): Statement[] => {
    const renamed = op.kind === 'rename_table' ? ctx.renamedTables.find((r) => key(r.old) === key(op.table)) : undefined;
    if (renamed) return [renameKeepingOldName(emit(op), renamed)];
    if (op.kind === 'add_column' && ctx.backfills.has(`${key(op.table)}.${op.column.name}`)) return addColumnThenDefault(op.table, op.column);
    if (op.kind === 'add_constraint' && op.constraint.type === 'check' && ctx.existing.has(key(op.table))) {
      ctx.validations.push({ table: op.table, name: op.constraint.check.name });
      return [addCheckNotValid(op, false)];
    }
    return [withExpandContract(op, emit(op))];
  });
  // Views last: every column change of this transaction has happened, and a view would block changing a column's type.
  return [...statements, ...ctx.renamedTables.map(compatibilityView)];
}

export function buildIndexesStage(ops: readonly Operation[], backfills: readonly { table: { schema: string; name: string }; column: string }[], ctx: StageContext): Statement[] {
  const out = backfills.map((b) => backfill(b.table, b.column, ctx.batchSize));
  for (const op of ops) {
    if (op.kind === 'create_index' && !op.concurrently && !op.newTable) {
      const table = ctx.model.tables.find((t) => key(t.ref) === key(op.index.table));
      if (table?.partitionBy) {
        out.push(...partitionedIndex(op.index, table.partitions));
        continue;
      }
    }
    out.push(emit(op));
  }
  return out;
}

export function addConstraintsStage(ops: readonly Operation[], ctx: StageContext): Statement[] {
  return ops.flatMap((op): Statement[] => {
    if (op.kind === 'drop_index' && ctx.keyIndexes.has(key(op.index))) return []; // becomes the constraint's index
    if (op.kind === 'add_constraint') {
      const c = op.constraint;
      if (c.type === 'check') {
        ctx.validations.push({ table: op.table, name: c.check.name });
        return [addCheckNotValid(op, ctx.helperNames.has(c.check.name))];
      }
      const name = c.type === 'primary_key' ? c.key.name : c.unique.name;
      if (ctx.keyIndexes.has(key({ schema: op.table.schema, name }))) return [addKeyUsingIndex(op)];
      return [emit(op)];
    }
    if (op.kind === 'add_foreign_key' && !op.newTables) {
      const table = ctx.model.tables.find((t) => t.id === op.foreignKey.tableId);
      // PostgreSQL before 18 refuses NOT VALID foreign keys on partitioned tables.
      if (table?.partitionBy && !hasFeature(ctx.version, 'notValidForeignKeyOnPartitioned')) return [emit(op)];
      ctx.validations.push({ table: op.foreignKey.table, name: op.foreignKey.name });
      return [addForeignKeyNotValid(op)];
    }
    return [emit(op)];
  });
}

export function validateStage(ctx: StageContext): Statement[] {
  return ctx.validations.map((v) => validate(v.table, v.name));
}

export function setNotNullStage(ops: readonly Operation[], ctx: StageContext): Statement[] {
  return ops.map((op) => {
    if (op.kind === 'set_column_nullable' && !op.nullable) return setNotNullValidated(op);
    if (op.kind === 'drop_constraint' && ctx.helperNames.has(op.name)) {
      const s = emit(op);
      return { ...s, explanation: `Drops the helper check "${op.name}": the NOT NULL it proved is now part of the column.` };
    }
    return emit(op);
  });
}
