/**
 * A proposed fix, small enough to travel inside a finding (the API returns it; the
 * UI offers it; `applyFix` carries it out). Column and table ids refer to the
 * document the finding came from.
 */
export type Fix =
  /** Move `dependent` into a new table keyed by (a copy of) `determinant`; the old table keeps `determinant` as a foreign key. */
  | { readonly kind: 'decompose'; readonly tableId: string; readonly determinant: string[]; readonly dependent: string[]; readonly newTableName: string }
  /** Drop columns that copy columns of a referenced table; the values stay reachable by joining along the relationship. */
  | { readonly kind: 'drop_copied_columns'; readonly tableId: string; readonly columnIds: string[]; readonly relationshipId: string; readonly sourceColumnIds: string[] }
  /** Move a repeating group or a multi-valued column into a child table with one row per value. */
  | {
    readonly kind: 'extract_values'; readonly tableId: string; readonly columnIds: string[];
    readonly newTableName: string; readonly valueColumnName: string;
    readonly source: 'repeating_group' | 'array' | 'delimited';
  };

export interface ColumnMove {
  /** Column id in the original table (removed by the fix). */
  readonly from: string;
  /** Column id in the new table. */
  readonly to: string;
  readonly name: string;
}

export interface DroppedObject {
  readonly kind: 'index' | 'unique' | 'check' | 'dependency' | 'relationship' | 'exception' | 'primary_key' | 'access_pattern_reference';
  readonly id: string;
  readonly name: string | null;
}

/**
 * What a fix did, in the terms a data-moving migration needs: create `newTable`,
 * `INSERT INTO newTable SELECT DISTINCT …` from the original table using the
 * column pairs, add `foreignKey`, then drop the moved columns. For extracted values
 * the rows come from the group columns (`position` says which) or from unnesting
 * an array / splitting a delimited string.
 */
export type DocumentChange =
  | {
    readonly kind: 'decompose';
    readonly table: { readonly id: string; readonly name: string };
    readonly newTable: { readonly id: string; readonly name: string; readonly primaryKey: string[] };
    /** Determinant columns copied into the new table (the originals stay: they become the foreign key). */
    readonly keyColumns: ColumnMove[];
    readonly movedColumns: ColumnMove[];
    readonly foreignKey: { readonly id: string; readonly fromTableId: string; readonly fromColumnIds: string[]; readonly toTableId: string; readonly toColumnIds: string[] };
    /** The original table's primary key, unchanged, or null when it has none. */
    readonly keptKey: string[] | null;
    readonly dropped: DroppedObject[];
  }
  | {
    readonly kind: 'drop_copied_columns';
    readonly table: { readonly id: string; readonly name: string };
    readonly droppedColumns: { readonly id: string; readonly name: string; readonly sourceColumnId: string }[];
    readonly relationshipId: string;
    readonly dropped: DroppedObject[];
  }
  | {
    readonly kind: 'extract_values';
    readonly source: 'repeating_group' | 'array' | 'delimited';
    readonly table: { readonly id: string; readonly name: string };
    readonly newTable: { readonly id: string; readonly name: string; readonly primaryKey: string[] };
    /** The parent's key columns copied into the new table. */
    readonly keyColumns: ColumnMove[];
    /** Each original column and the value column it moves into; `position` numbers the members of a repeating group. */
    readonly movedColumns: (ColumnMove & { readonly position: number | null })[];
    readonly positionColumnId: string | null;
    readonly foreignKey: { readonly id: string; readonly fromTableId: string; readonly fromColumnIds: string[]; readonly toTableId: string; readonly toColumnIds: string[] };
    readonly keptKey: string[];
    readonly dropped: DroppedObject[];
  };
