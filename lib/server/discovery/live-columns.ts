import type { Table } from '../../model';
import type { Queryable } from '../introspect/queryable';

/** How a diagram column is read from the live table. */
export type ColumnHandling =
  /** Read as `col::text`: values compare as PostgreSQL prints them. */
  | 'value'
  /**
   * Read as `md5(col::text)`: large or structured values (json, jsonb, xml, bytea,
   * arrays, vectors, full-text, geometry and other extension types) would cost
   * memory and compare only as whole values anyway. Equal values keep equal
   * hashes (jsonb prints canonically; json keeps its spelling, so two spellings
   * of one document count as different values).
   */
  | 'hashed'
  /** No column of that name in the live table: left out of the search. */
  | 'missing';

export interface ColumnPlan {
  readonly columnId: string;
  readonly name: string;
  readonly handling: ColumnHandling;
  /** `format_type` of the live column, or null when it is missing. */
  readonly liveType: string | null;
}

export interface LiveTable {
  readonly columns: ColumnPlan[];
  /** `pg_class.reltuples`: -1 (or 0) when the table was never analyzed. */
  readonly estimatedRows: number;
}

const HASHED_TYPES = new Set(['json', 'jsonb', 'xml', 'bytea', 'vector', 'halfvec', 'sparsevec', 'tsvector', 'tsquery', 'hstore']);

/**
 * Looks the table up by schema and name and pairs each diagram column with the
 * live column of the same name. Null when the table does not exist there.
 */
export async function readLiveTable(db: Queryable, schemaName: string, table: Table): Promise<LiveTable | null> {
  const found = await db.query<{ estimate: number | string }>(
    `SELECT c.reltuples::float8 AS estimate FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p', 'm')`,
    [schemaName, table.name],
  );
  const row = found.rows[0];
  if (!row) return null;
  const attributes = await db.query<{ name: string; type: string; typname: string; category: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typname AS typname, t.typcategory::text AS category
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_type t ON t.oid = a.atttypid
     WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
    [schemaName, table.name],
  );
  const byName = new Map(attributes.rows.map((a) => [a.name, a]));
  return {
    estimatedRows: Number(row.estimate),
    columns: table.columns.map((column) => {
      const live = byName.get(column.name);
      if (!live) return { columnId: column.id, name: column.name, handling: 'missing', liveType: null };
      return { columnId: column.id, name: column.name, handling: hashed(live) ? 'hashed' : 'value', liveType: live.type };
    }),
  };
}

/** Arrays (category A), user-defined types (U: geometry, …) and the large types above. */
function hashed(live: { typname: string; category: string }): boolean {
  return live.category === 'A' || live.category === 'U' || HASHED_TYPES.has(live.typname);
}
