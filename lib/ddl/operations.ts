import type {
  ColumnDef, DomainDef, EnumDef, ExtensionDef, ForeignKeyDef, IndexDef, NamedExpression, ObjectRef,
  PartitionDef, PrimaryKeyDef, SchemaDef, SequenceDef, TableDef, UniqueDef,
} from './schema-model';

/**
 * Everything `diff` can ask for. Each kind has exactly one emitter in `emit/`
 * (`emit/index.ts` maps kind → emitter, and the compiler checks the map is
 * complete). Operations are plain data with names already resolved, so tests
 * can assert them directly and emitters never look anything up. `newTable(s)` /
 * `newParent` say the table is created in the same migration, so locking it
 * blocks nobody.
 */
export type Operation =
  | { kind: 'create_schema'; schema: SchemaDef }
  | { kind: 'drop_schema'; schema: SchemaDef }
  | { kind: 'rename_schema'; from: string; to: string }
  | { kind: 'create_extension'; extension: ExtensionDef }
  | { kind: 'drop_extension'; extension: ExtensionDef }
  | { kind: 'create_enum'; enum: EnumDef }
  | { kind: 'drop_enum'; enum: EnumDef }
  | { kind: 'rename_type'; type: ObjectRef; to: string; what: 'enum' | 'domain' }
  | { kind: 'add_enum_value'; enum: ObjectRef; value: string; before: string | null }
  | { kind: 'rename_enum_value'; enum: ObjectRef; from: string; to: string }
  /** A DOWN that would remove an enum value: PostgreSQL cannot, so the value stays (IRREVERSIBLE). */
  | { kind: 'keep_enum_value'; enum: ObjectRef; value: string }
  | { kind: 'create_domain'; domain: DomainDef }
  | { kind: 'drop_domain'; domain: DomainDef }
  | { kind: 'create_sequence'; sequence: SequenceDef }
  /** `ownerDropped`: its OWNED BY column goes in the same migration, and PostgreSQL drops the sequence with it. */
  | { kind: 'drop_sequence'; sequence: SequenceDef; ownerDropped: boolean }
  | { kind: 'rename_sequence'; sequence: ObjectRef; to: string }
  /** Only the options that changed; `from` is what they were, for the explanation. */
  | { kind: 'alter_sequence'; sequence: ObjectRef; from: SequenceOptions; to: SequenceOptions }
  | { kind: 'set_sequence_owner'; sequence: ObjectRef; owner: { table: ObjectRef; column: string } | null }
  | { kind: 'create_table'; table: TableDef }
  | { kind: 'drop_table'; table: ObjectRef; partitioned: boolean }
  | { kind: 'rename_table'; table: ObjectRef; to: string }
  | { kind: 'set_table_schema'; table: ObjectRef; schema: string }
  | { kind: 'create_partition'; parent: ObjectRef; partition: PartitionDef; newParent: boolean }
  | { kind: 'add_column'; table: ObjectRef; column: ColumnDef }
  | { kind: 'drop_column'; table: ObjectRef; column: string }
  | { kind: 'rename_column'; table: ObjectRef; from: string; to: string }
  | { kind: 'alter_column_type'; table: ObjectRef; column: string; from: string; to: string }
  | { kind: 'set_column_default'; table: ObjectRef; column: string; default: string | null }
  | { kind: 'set_column_nullable'; table: ObjectRef; column: string; nullable: boolean }
  | { kind: 'add_constraint'; table: ObjectRef; constraint: TableConstraint }
  | { kind: 'drop_constraint'; table: ObjectRef; name: string; what: TableConstraint['type'] | 'foreign_key' }
  | { kind: 'rename_constraint'; table: ObjectRef; from: string; to: string }
  | { kind: 'add_foreign_key'; foreignKey: ForeignKeyDef; newTables: boolean }
  | { kind: 'create_index'; index: IndexDef; concurrently: boolean; newTable: boolean }
  | { kind: 'drop_index'; index: ObjectRef; concurrently: boolean }
  | { kind: 'rename_index'; index: ObjectRef; to: string }
  | { kind: 'set_comment'; target: CommentTarget; comment: string | null };

export type OperationKind = Operation['kind'];
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

/** The settable options of a sequence (everything but name, schema, owner and comment). */
export type SequenceOptions = { -readonly [K in 'dataType' | 'start' | 'increment' | 'minValue' | 'maxValue' | 'cache' | 'cycle']?: SequenceDef[K] };

export type TableConstraint =
  | { type: 'primary_key'; key: PrimaryKeyDef }
  | { type: 'unique'; unique: UniqueDef }
  | { type: 'check'; check: NamedExpression };

/** What a COMMENT ON statement points at. */
export type CommentTarget =
  | { on: 'schema'; name: string }
  | { on: 'table'; ref: ObjectRef }
  | { on: 'column'; table: ObjectRef; column: string }
  | { on: 'type'; ref: ObjectRef }
  | { on: 'domain'; ref: ObjectRef }
  | { on: 'sequence'; ref: ObjectRef }
  | { on: 'index'; ref: ObjectRef };
