import type { Queryable } from './queryable';

/**
 * Reads the catalog of every user object in a few set-wise queries (not one per
 * table, so a 1,000-table database is read in a handful of round trips).
 * Skipped everywhere: system schemas, Tablecraft's own `tablecraft_meta` and
 * `tablecraft_backup_*` schemas, and objects that belong to an extension.
 */
export const SCHEMA_FILTER = (alias: string) => `${alias}.nspname NOT IN ('pg_catalog', 'information_schema', 'tablecraft_meta')
  AND ${alias}.nspname NOT LIKE 'pg\\_toast%' AND ${alias}.nspname NOT LIKE 'pg\\_temp%' AND ${alias}.nspname NOT LIKE 'tablecraft\\_backup\\_%'`;
const NOT_EXTENSION_MEMBER = (oid: string, catalog: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

export interface SchemaRow { oid: number; name: string; comment: string | null }
export interface ExtensionRow { name: string; schema: string }
export interface EnumRow { oid: number; schema: string; name: string; labels: string[]; comment: string | null }
export interface DomainRow { oid: number; schema: string; name: string; base_oid: number; base_type: string; not_null: boolean; default: string | null; comment: string | null }
export interface DomainCheckRow { domain_oid: number; name: string; expression: string }
export interface TableRow { oid: number; schema: string; name: string; kind: string; unlogged: boolean; is_partition: boolean; parent_oid: number | null; bound: string | null; comment: string | null }
export interface ColumnRow {
  table_oid: number; num: number; name: string; type_oid: number; type: string; elem_oid: number; dims: number; not_null: boolean;
  default: string | null; identity: string; generated: string; collation: string | null; comment: string | null; owned_seq: boolean;
}
export interface ConstraintRow {
  table_oid: number; name: string; type: 'p' | 'u' | 'c' | 'f'; columns: number[]; nnd: boolean; expression: string | null;
  ref_oid: number | null; ref_columns: number[] | null; upd: string; del: string; deferrable: boolean; deferred: boolean; match: string;
}
export interface IndexRow {
  table_oid: number; oid: number; name: string; method: string; unique: boolean; nnd: boolean; nkeys: number;
  predicate: string | null; options: string[] | null; comment: string | null;
}
export interface IndexColumnRow { index_oid: number; n: number; attnum: number; text: string; option: number; opclass: string; opcdefault: boolean; collation: string | null; column_collation: number; key_collation: number }
/** A sequence that is not an identity column's; bounds as text (bigint limits do not fit a JS number). */
export interface SequenceRow {
  oid: number; schema: string; name: string; data_type: string; start: string; increment: string; min: string; max: string;
  cache: string; cycle: boolean; owner_oid: number | null; owner_attnum: number | null; comment: string | null;
}
export interface PartitionKeyRow { table_oid: number; strategy: 'r' | 'l' | 'h'; attnums: number[]; definition: string }

export interface Catalog {
  readonly serverVersion: number;
  readonly schemas: SchemaRow[];
  readonly extensions: ExtensionRow[];
  readonly enums: EnumRow[];
  readonly domains: DomainRow[];
  readonly domainChecks: DomainCheckRow[];
  readonly tables: TableRow[];
  readonly columns: ColumnRow[];
  readonly constraints: ConstraintRow[];
  readonly indexes: IndexRow[];
  readonly indexColumns: IndexColumnRow[];
  readonly partitionKeys: PartitionKeyRow[];
  readonly sequences: SequenceRow[];
}

export async function readCatalog(db: Queryable): Promise<Catalog> {
  const q = async <T>(sql: string) => (await db.query<T>(sql)).rows;
  const [{ version }] = await q<{ version: number }>(`SELECT current_setting('server_version_num')::int AS version`) as [{ version: number }];
  const nnd = version >= 150000;
  const schemas = await q<SchemaRow>(`
    SELECT n.oid::int AS oid, n.nspname AS name, obj_description(n.oid, 'pg_namespace') AS comment
    FROM pg_namespace n WHERE ${SCHEMA_FILTER('n')} AND ${NOT_EXTENSION_MEMBER('n.oid', 'pg_namespace')} ORDER BY n.nspname`);
  const extensions = await q<ExtensionRow>(`
    SELECT e.extname AS name, n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname <> 'plpgsql' ORDER BY e.extname`);
  const enums = await q<EnumRow>(`
    SELECT t.oid::int AS oid, n.nspname AS schema, t.typname AS name,
           array(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
           obj_description(t.oid, 'pg_type') AS comment
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND ${SCHEMA_FILTER('n')} AND ${NOT_EXTENSION_MEMBER('t.oid', 'pg_type')} ORDER BY 2, 3`);
  const domains = await q<DomainRow>(`
    SELECT t.oid::int AS oid, n.nspname AS schema, t.typname AS name, t.typbasetype::int AS base_oid,
           format_type(t.typbasetype, t.typtypmod) AS base_type, t.typnotnull AS not_null, t.typdefault AS default,
           obj_description(t.oid, 'pg_type') AS comment
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'd' AND ${SCHEMA_FILTER('n')} AND ${NOT_EXTENSION_MEMBER('t.oid', 'pg_type')} ORDER BY 2, 3`);
  const domainChecks = await q<DomainCheckRow>(`
    SELECT c.contypid::int AS domain_oid, c.conname AS name, pg_get_expr(c.conbin, 0) AS expression
    FROM pg_constraint c WHERE c.contypid <> 0 AND c.contype = 'c' ORDER BY c.contypid, c.conname`);
  const tables = await q<TableRow>(`
    SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS kind, c.relpersistence = 'u' AS unlogged,
           c.relispartition AS is_partition, i.inhparent::int AS parent_oid,
           CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS bound,
           obj_description(c.oid, 'pg_class') AS comment
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND c.relispartition
    WHERE c.relkind IN ('r', 'p') AND ${SCHEMA_FILTER('n')} AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}
    ORDER BY n.nspname, c.relname`);
  const columns = await q<ColumnRow>(`
    SELECT a.attrelid::int AS table_oid, a.attnum::int AS num, a.attname AS name, a.atttypid::int AS type_oid,
           format_type(CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE a.atttypid END, a.atttypmod) AS type,
           CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE a.atttypid END::int AS elem_oid,
           CASE WHEN t.typcategory = 'A' THEN greatest(a.attndims, 1) ELSE 0 END::int AS dims,
           a.attnotnull AS not_null, pg_get_expr(ad.adbin, ad.adrelid) AS default, a.attidentity::text AS identity,
           a.attgenerated::text AS generated,
           CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN co.collname END AS collation,
           col_description(a.attrelid, a.attnum) AS comment,
           EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                   WHERE d.refobjid = a.attrelid AND d.refobjsubid = a.attnum AND d.deptype = 'a') AS owned_seq
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    LEFT JOIN pg_collation co ON co.oid = a.attcollation
    WHERE a.attnum > 0 AND NOT a.attisdropped AND ${SCHEMA_FILTER('n')} AND NOT c.relispartition
    ORDER BY a.attrelid, a.attnum`);
  const constraints = await q<ConstraintRow>(`
    SELECT c.conrelid::int AS table_oid, c.conname AS name, c.contype::text AS type, c.conkey::int[] AS columns,
           ${nnd ? 'coalesce(i.indnullsnotdistinct, false)' : 'false'} AS nnd,
           CASE WHEN c.contype = 'c' THEN pg_get_expr(c.conbin, c.conrelid) END AS expression,
           nullif(c.confrelid, 0)::int AS ref_oid, c.confkey::int[] AS ref_columns,
           c.confupdtype::text AS upd, c.confdeltype::text AS del, c.condeferrable AS deferrable, c.condeferred AS deferred,
           c.confmatchtype::text AS match
    FROM pg_constraint c
    JOIN pg_class r ON r.oid = c.conrelid AND r.relkind IN ('r', 'p') AND NOT r.relispartition
    JOIN pg_namespace n ON n.oid = r.relnamespace
    LEFT JOIN pg_index i ON i.indexrelid = c.conindid AND c.contype IN ('p', 'u')
    WHERE c.contype IN ('p', 'u', 'c', 'f') AND ${SCHEMA_FILTER('n')} AND c.conparentid = 0
    ORDER BY c.conrelid, c.conname`);
  const indexes = await q<IndexRow>(`
    SELECT i.indrelid::int AS table_oid, i.indexrelid::int AS oid, c.relname AS name, am.amname AS method, i.indisunique AS unique,
           ${nnd ? 'i.indnullsnotdistinct' : 'false'} AS nnd, i.indnkeyatts::int AS nkeys,
           pg_get_expr(i.indpred, i.indrelid) AS predicate, c.reloptions AS options, obj_description(c.oid, 'pg_class') AS comment
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
    JOIN pg_class r ON r.oid = i.indrelid AND r.relkind IN ('r', 'p') AND NOT r.relispartition
    JOIN pg_namespace n ON n.oid = r.relnamespace
    WHERE ${SCHEMA_FILTER('n')}
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
    ORDER BY i.indrelid, c.relname`);
  const indexColumns = indexes.length === 0 ? [] : await q<IndexColumnRow>(`
    SELECT i.indexrelid::int AS index_oid, k.o::int AS n, k.attnum::int AS attnum,
           pg_get_indexdef(i.indexrelid, k.o::int, true) AS text, coalesce(i.indoption[k.o - 1], 0)::int AS option,
           oc.opcname AS opclass, oc.opcdefault, co.collname AS collation,
           coalesce(a.attcollation, 0)::int AS column_collation, coalesce(i.indcollation[k.o - 1], 0)::int AS key_collation
    FROM pg_index i
    JOIN pg_class r ON r.oid = i.indrelid AND r.relkind IN ('r', 'p') AND NOT r.relispartition
    JOIN pg_namespace n ON n.oid = r.relnamespace
    CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, o)
    LEFT JOIN pg_opclass oc ON oc.oid = i.indclass[k.o - 1]
    LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
    LEFT JOIN pg_collation co ON co.oid = i.indcollation[k.o - 1]
    WHERE ${SCHEMA_FILTER('n')}
    ORDER BY i.indexrelid, k.o`);
  const partitionKeys = await q<PartitionKeyRow>(`
    SELECT p.partrelid::int AS table_oid, p.partstrat::text AS strategy, p.partattrs::int2[]::int[] AS attnums,
           pg_get_partkeydef(p.partrelid) AS definition
    FROM pg_partitioned_table p`);
  // OWNED BY is an 'a' (auto) dependency on the column; an identity column's sequence has an 'i' one and belongs to the column.
  const sequences = await q<SequenceRow>(`
    SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS data_type,
           s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
           s.seqcache::text AS cache, s.seqcycle AS cycle, d.refobjid::int AS owner_oid, d.refobjsubid::int AS owner_attnum,
           obj_description(c.oid, 'pg_class') AS comment
    FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
    WHERE ${SCHEMA_FILTER('n')} AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}
      AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_class'::regclass AND i.objid = c.oid AND i.deptype = 'i')
    ORDER BY n.nspname, c.relname`);
  return { serverVersion: version, schemas, extensions, enums, domains, domainChecks, tables, columns, constraints, indexes, indexColumns, partitionKeys, sequences };
}
