import type { Operation, OperationKind, OperationOf } from '../operations';
import type { Statement } from '../statement';
import { emitAddColumn } from './add-column';
import { emitAddConstraint } from './add-constraint';
import { emitAddEnumValue } from './add-enum-value';
import { emitAddForeignKey } from './add-foreign-key';
import { emitAlterColumnType } from './alter-column-type';
import { emitAlterSequence } from './alter-sequence';
import { emitCreateDomain } from './create-domain';
import { emitCreateEnum } from './create-enum';
import { emitCreateExtension } from './create-extension';
import { emitCreateIndex } from './create-index';
import { emitCreatePartition } from './create-partition';
import { emitCreateSchema } from './create-schema';
import { emitCreateSequence } from './create-sequence';
import { emitCreateTable } from './create-table';
import { emitDropColumn } from './drop-column';
import { emitDropConstraint } from './drop-constraint';
import { emitDropDomain } from './drop-domain';
import { emitDropEnum } from './drop-enum';
import { emitDropExtension } from './drop-extension';
import { emitDropIndex } from './drop-index';
import { emitDropSchema } from './drop-schema';
import { emitDropSequence } from './drop-sequence';
import { emitDropTable } from './drop-table';
import { emitKeepEnumValue } from './keep-enum-value';
import { emitRenameColumn } from './rename-column';
import { emitRenameConstraint } from './rename-constraint';
import { emitRenameEnumValue } from './rename-enum-value';
import { emitRenameIndex } from './rename-index';
import { emitRenameSchema } from './rename-schema';
import { emitRenameSequence } from './rename-sequence';
import { emitRenameTable } from './rename-table';
import { emitRenameType } from './rename-type';
import { emitSetColumnDefault } from './set-column-default';
import { emitSetColumnNullable } from './set-column-nullable';
import { emitSetComment } from './set-comment';
import { emitSetSequenceOwner } from './set-sequence-owner';
import { emitSetTableSchema } from './set-table-schema';

type Emitters = { [K in OperationKind]: (op: OperationOf<K>) => Statement };

/** One emitter per operation kind; a missing kind is a compile error. */
const EMITTERS: Emitters = {
  create_schema: emitCreateSchema,
  drop_schema: emitDropSchema,
  rename_schema: emitRenameSchema,
  create_extension: emitCreateExtension,
  drop_extension: emitDropExtension,
  create_enum: emitCreateEnum,
  drop_enum: emitDropEnum,
  rename_type: emitRenameType,
  add_enum_value: emitAddEnumValue,
  rename_enum_value: emitRenameEnumValue,
  keep_enum_value: emitKeepEnumValue,
  create_domain: emitCreateDomain,
  drop_domain: emitDropDomain,
  create_sequence: emitCreateSequence,
  drop_sequence: emitDropSequence,
  rename_sequence: emitRenameSequence,
  alter_sequence: emitAlterSequence,
  set_sequence_owner: emitSetSequenceOwner,
  create_table: emitCreateTable,
  drop_table: emitDropTable,
  rename_table: emitRenameTable,
  set_table_schema: emitSetTableSchema,
  create_partition: emitCreatePartition,
  add_column: emitAddColumn,
  drop_column: emitDropColumn,
  rename_column: emitRenameColumn,
  alter_column_type: emitAlterColumnType,
  set_column_default: emitSetColumnDefault,
  set_column_nullable: emitSetColumnNullable,
  add_constraint: emitAddConstraint,
  drop_constraint: emitDropConstraint,
  rename_constraint: emitRenameConstraint,
  add_foreign_key: emitAddForeignKey,
  create_index: emitCreateIndex,
  drop_index: emitDropIndex,
  rename_index: emitRenameIndex,
  set_comment: emitSetComment,
};

export function emit(op: Operation): Statement {
  return (EMITTERS[op.kind] as (op: Operation) => Statement)(op);
}

export function emitAll(ops: readonly Operation[]): Statement[] {
  return ops.map(emit);
}
