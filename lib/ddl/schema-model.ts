import type { IndexMethod, PartitionBound } from '../model/table-parts';
import type { ReferentialAction } from '../model/relationship';

/**
 * The document with every reference resolved: names instead of ids, types as
 * SQL, default constraint names filled in. `diff` compares two of these by id,
 * so operations carry everything their emitter needs and no emitter looks
 * anything up. Built by `resolve.ts`.
 */

/** A schema-qualified object name, e.g. `{ schema: 'public', name: 'users' }`. */
export interface ObjectRef {
  readonly schema: string;
  readonly name: string;
}

export interface SchemaDef {
  readonly id: string;
  readonly name: string;
  readonly comment: string;
}

export interface ExtensionDef {
  readonly name: string;
  /** Schema to install into (`WITH SCHEMA`), null for the server's default. */
  readonly schema: string | null;
}

export interface EnumDef {
  readonly id: string;
  readonly ref: ObjectRef;
  readonly values: readonly { readonly id: string; readonly name: string }[];
  readonly comment: string;
}

export interface NamedExpression {
  readonly id: string;
  readonly name: string;
  readonly expression: string;
}

export interface DomainDef {
  readonly id: string;
  readonly ref: ObjectRef;
  /** SQL spelling of the base type. */
  readonly baseType: string;
  readonly baseTypeKey: string;
  readonly notNull: boolean;
  readonly default: string | null;
  readonly checks: readonly NamedExpression[];
  readonly comment: string;
}

export interface ColumnDef {
  readonly id: string;
  readonly name: string;
  /** SQL spelling, e.g. `varchar(255)`, `"public"."order_status"[]`. */
  readonly type: string;
  /** The type by identity (ids, not names), so renaming an enum is not a type change. */
  readonly typeKey: string;
  readonly nullable: boolean;
  readonly default: string | null;
  readonly identity: 'always' | 'by_default' | null;
  /** Expression of a `GENERATED ALWAYS AS (…) STORED` column. */
  readonly generated: string | null;
  readonly collation: string | null;
  readonly comment: string;
}

export interface PrimaryKeyDef {
  readonly name: string;
  readonly columns: readonly string[];
  readonly columnIds: readonly string[];
}

export interface UniqueDef {
  readonly id: string;
  readonly name: string;
  readonly columns: readonly string[];
  readonly columnIds: readonly string[];
  readonly nullsNotDistinct: boolean;
}

export interface IndexKeyDef {
  /** Exactly one of column and expression is set. */
  readonly column: string | null;
  readonly columnId: string | null;
  readonly expression: string | null;
  readonly order: 'asc' | 'desc' | null;
  readonly nulls: 'first' | 'last' | null;
  readonly opclass: string | null;
  readonly collation: string | null;
}

export interface IndexDef {
  readonly id: string;
  readonly name: string;
  readonly table: ObjectRef;
  readonly method: IndexMethod;
  readonly unique: boolean;
  readonly nullsNotDistinct: boolean;
  readonly keys: readonly IndexKeyDef[];
  readonly include: readonly string[];
  readonly includeIds: readonly string[];
  readonly where: string | null;
  /** Storage parameters sorted by name. */
  readonly with: readonly (readonly [string, string | number])[];
  readonly comment: string;
}

export interface PartitionByDef {
  readonly strategy: 'range' | 'list' | 'hash';
  /** Column names or expressions, each with its kind. */
  readonly keys: readonly ({ readonly column: string; readonly columnId: string } | { readonly expression: string })[];
}

export interface PartitionDef {
  readonly id: string;
  readonly ref: ObjectRef;
  readonly bound: PartitionBound;
  readonly comment: string;
}

export interface TableDef {
  readonly id: string;
  readonly ref: ObjectRef;
  readonly unlogged: boolean;
  readonly columns: readonly ColumnDef[];
  readonly primaryKey: PrimaryKeyDef | null;
  readonly uniques: readonly UniqueDef[];
  readonly checks: readonly NamedExpression[];
  readonly partitionBy: PartitionByDef | null;
  readonly partitions: readonly PartitionDef[];
  readonly indexes: readonly IndexDef[];
  readonly comment: string;
}

export interface SequenceDef {
  readonly id: string;
  readonly ref: ObjectRef;
  readonly dataType: 'smallint' | 'integer' | 'bigint';
  /** null = PostgreSQL's default (see `effectiveSequenceBounds`). */
  readonly start: number | null;
  readonly increment: number;
  readonly minValue: number | null;
  readonly maxValue: number | null;
  readonly cache: number;
  readonly cycle: boolean;
  readonly owner: SequenceOwnerDef | null;
  readonly comment: string;
}

/** The column a sequence is OWNED BY, by name and by id. */
export interface SequenceOwnerDef {
  readonly table: ObjectRef;
  readonly tableId: string;
  readonly column: string;
  readonly columnId: string;
}

export interface ForeignKeyDef {
  readonly id: string;
  readonly name: string;
  readonly table: ObjectRef;
  readonly tableId: string;
  readonly columns: readonly string[];
  readonly columnIds: readonly string[];
  readonly references: ObjectRef;
  readonly referencesId: string;
  readonly referencedColumns: readonly string[];
  readonly referencedColumnIds: readonly string[];
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
  readonly deferrable: 'not_deferrable' | 'initially_immediate' | 'initially_deferred';
  readonly matchFull: boolean;
}

export interface SchemaModel {
  readonly postgresVersion: number;
  readonly schemas: readonly SchemaDef[];
  readonly extensions: readonly ExtensionDef[];
  readonly enums: readonly EnumDef[];
  readonly domains: readonly DomainDef[];
  readonly sequences: readonly SequenceDef[];
  readonly tables: readonly TableDef[];
  readonly foreignKeys: readonly ForeignKeyDef[];
}
