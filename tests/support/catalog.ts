import type { TestDatabase } from './databases';

/**
 * What a database actually contains, read from pg_catalog (not from our SQL):
 * the objects of user schemas, normalized and sorted so two snapshots compare
 * with toEqual. Expressions are kept as PostgreSQL prints them; `comparable.ts`
 * reduces them to what the document can predict.
 */
export interface CatalogSnapshot {
  schemas: { name: string; comment: string }[];
  extensions: string[];
  enums: { schema: string; name: string; values: string[]; comment: string }[];
  domains: { schema: string; name: string; baseType: string; notNull: boolean; default: string | null; checks: { name: string; expression: string }[]; comment: string }[];
  /** Standalone sequences; the implicit ones of identity columns are left out (they belong to the column). */
  sequences: CatalogSequence[];
  tables: CatalogTable[];
}

/** Bounds as text: bigint limits do not fit a JS number. `ownedBy` is `schema.table.column`. */
export interface CatalogSequence {
  schema: string; name: string; dataType: string; start: string; increment: string; min: string; max: string;
  cache: string; cycle: boolean; ownedBy: string | null; comment: string;
}

export interface CatalogColumn {
  name: string;
  type: string;
  nullable: boolean;
  default: string | null;
  identity: 'always' | 'by_default' | null;
  generated: string | null;
  collation: string | null;
  comment: string;
}

export interface CatalogConstraint {
  name: string;
  type: 'primary_key' | 'unique' | 'check' | 'foreign_key';
  columns: string[];
  nullsNotDistinct: boolean;
  expression: string | null;
  references: { table: string; columns: string[]; onUpdate: string; onDelete: string; deferrable: string; matchFull: boolean } | null;
  definition: string;
}

export interface CatalogIndexKey {
  column: string | null;
  expression: string | null;
  desc: boolean;
  nullsFirst: boolean;
  /** Null when it is the default operator class for the type and method. */
  opclass: string | null;
}

export interface CatalogIndex {
  name: string;
  method: string;
  unique: boolean;
  nullsNotDistinct: boolean;
  keys: CatalogIndexKey[];
  include: string[];
  predicate: string | null;
  with: string[];
  comment: string;
  definition: string;
}

export interface CatalogTable {
  schema: string;
  name: string;
  unlogged: boolean;
  partitionKey: string | null;
  partitions: { name: string; bound: string; comment: string }[];
  columns: CatalogColumn[];
  constraints: CatalogConstraint[];
  indexes: CatalogIndex[];
  comment: string;
}

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`;
const NOT_FROM_EXTENSION = (oid: string, classTable: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classTable}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export async function catalogSnapshot(db: TestDatabase): Promise<CatalogSnapshot> {
  const schemas = await db.query<{ name: string; comment: string | null }>(`
    SELECT n.nspname AS name, obj_description(n.oid, 'pg_namespace') AS comment
    FROM pg_namespace n WHERE ${USER_SCHEMAS} AND n.nspname <> 'public' ORDER BY 1`);
  const extensions = await db.query<{ name: string }>(`SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`);
  const enums = await db.query<{ schema: string; name: string; values: string[]; comment: string | null }>(`
    SELECT n.nspname AS schema, t.typname AS name,
           array(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS values,
           obj_description(t.oid, 'pg_type') AS comment
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND ${USER_SCHEMAS} AND ${NOT_FROM_EXTENSION('t.oid', 'pg_type')}`);
  const domains = await db.query<{ schema: string; name: string; base_type: string; not_null: boolean; default: string | null; checks: string | null; comment: string | null }>(`
    SELECT n.nspname AS schema, t.typname AS name, format_type(t.typbasetype, t.typtypmod) AS base_type,
           t.typnotnull AS not_null, t.typdefault AS default,
           (SELECT json_agg(json_build_object('name', c.conname, 'expression', pg_get_expr(c.conbin, 0)) ORDER BY c.conname)::text
              FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') AS checks,
           obj_description(t.oid, 'pg_type') AS comment
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'd' AND ${USER_SCHEMAS} AND ${NOT_FROM_EXTENSION('t.oid', 'pg_type')}`);
  const tables = await readTables(db);
  const sequences = await readSequences(db);
  return {
    schemas: schemas.map((s) => ({ name: s.name, comment: s.comment ?? '' })),
    extensions: extensions.map((e) => e.name),
    enums: enums.map((e) => ({ ...e, comment: e.comment ?? '' })).sort(byKey((e) => `${e.schema}.${e.name}`)),
    domains: domains.map((d) => ({
      schema: d.schema, name: d.name, baseType: d.base_type, notNull: d.not_null, default: d.default,
      checks: d.checks ? JSON.parse(d.checks) : [], comment: d.comment ?? '',
    })).sort(byKey((d) => `${d.schema}.${d.name}`)),
    sequences,
    tables,
  };
}

async function readSequences(db: TestDatabase): Promise<CatalogSequence[]> {
  const rows = await db.query<{ schema: string; name: string; data_type: string; start: string; increment: string; min: string; max: string; cache: string; cycle: boolean; owned_by: string | null; comment: string | null }>(`
    SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS data_type,
           s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
           s.seqcache::text AS cache, s.seqcycle AS cycle,
           (SELECT tn.nspname || '.' || t.relname || '.' || a.attname
              FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
              JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a') AS owned_by,
           obj_description(c.oid, 'pg_class') AS comment
    FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMAS} AND ${NOT_FROM_EXTENSION('c.oid', 'pg_class')}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
    ORDER BY 1, 2`);
  return rows.map((r) => ({
    schema: r.schema, name: r.name, dataType: r.data_type, start: r.start, increment: r.increment, min: r.min, max: r.max,
    cache: r.cache, cycle: r.cycle, ownedBy: r.owned_by, comment: r.comment ?? '',
  }));
}

async function readTables(db: TestDatabase): Promise<CatalogTable[]> {
  const rows = await db.query<{ oid: number; schema: string; name: string; unlogged: boolean; partition_key: string | null; comment: string | null }>(`
    SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relpersistence = 'u' AS unlogged,
           CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
           obj_description(c.oid, 'pg_class') AS comment
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMAS} AND ${NOT_FROM_EXTENSION('c.oid', 'pg_class')}`);
  const tables: CatalogTable[] = [];
  for (const row of rows) {
    tables.push({
      schema: row.schema, name: row.name, unlogged: row.unlogged, partitionKey: row.partition_key,
      partitions: await readPartitions(db, row.oid),
      columns: await readColumns(db, row.oid),
      constraints: await readConstraints(db, row.oid),
      indexes: await readIndexes(db, row.oid),
      comment: row.comment ?? '',
    });
  }
  return tables.sort(byKey((t) => `${t.schema}.${t.name}`));
}

async function readPartitions(db: TestDatabase, oid: number) {
  const rows = await db.query<{ name: string; bound: string; comment: string | null }>(`
    SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound, obj_description(c.oid, 'pg_class') AS comment
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1 ORDER BY 1`, [oid]);
  return rows.map((r) => ({ name: r.name, bound: r.bound, comment: r.comment ?? '' }));
}

async function readColumns(db: TestDatabase, oid: number): Promise<CatalogColumn[]> {
  const rows = await db.query<{ name: string; type: string; not_null: boolean; default: string | null; identity: string; generated: string; collation: string | null; comment: string | null }>(`
    SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
           pg_get_expr(ad.adbin, ad.adrelid) AS default, a.attidentity AS identity, a.attgenerated AS generated,
           CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
           col_description(a.attrelid, a.attnum) AS comment
    FROM pg_attribute a
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    LEFT JOIN pg_collation co ON co.oid = a.attcollation
    WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, [oid]);
  return rows.map((r) => ({
    name: r.name, type: r.type, nullable: !r.not_null,
    default: r.generated === 's' || r.generated === 'v' ? null : r.default,
    identity: r.identity === 'a' ? 'always' : r.identity === 'd' ? 'by_default' : null,
    generated: r.generated === 's' ? r.default : r.generated === 'v' ? `VIRTUAL ${r.default}` : null,
    collation: r.collation, comment: r.comment ?? '',
  }));
}

const ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const CONSTRAINT_TYPES = { p: 'primary_key', u: 'unique', c: 'check', f: 'foreign_key' } as const;

async function readConstraints(db: TestDatabase, oid: number): Promise<CatalogConstraint[]> {
  const nnd = db.major >= 15 ? 'coalesce(i.indnullsnotdistinct, false)' : 'false';
  const rows = await db.query<{
    name: string; type: keyof typeof CONSTRAINT_TYPES; columns: string[]; nnd: boolean; expression: string | null;
    ref_table: string | null; ref_columns: string[] | null; upd: string; del: string; deferrable: boolean; deferred: boolean; match: string; definition: string;
  }>(`
    SELECT c.conname AS name, c.contype AS type,
           array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
           ${nnd} AS nnd,
           CASE WHEN c.contype = 'c' THEN pg_get_expr(c.conbin, c.conrelid) END AS expression,
           CASE WHEN c.contype = 'f' THEN rn.nspname || '.' || r.relname END AS ref_table,
           array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS ref_columns,
           c.confupdtype AS upd, c.confdeltype AS del, c.condeferrable AS deferrable, c.condeferred AS deferred, c.confmatchtype AS match,
           pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    LEFT JOIN pg_index i ON i.indexrelid = c.conindid AND c.contype IN ('p', 'u')
    LEFT JOIN pg_class r ON r.oid = c.confrelid LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
    WHERE c.conrelid = $1 AND c.contype IN ('p', 'u', 'c', 'f') ORDER BY c.conname`, [oid]);
  return rows.map((r) => ({
    name: r.name, type: CONSTRAINT_TYPES[r.type], columns: r.type === 'c' ? [] : r.columns, nullsNotDistinct: r.nnd, expression: r.expression,
    references: r.type === 'f' ? {
      table: r.ref_table!, columns: r.ref_columns ?? [], onUpdate: ACTIONS[r.upd]!, onDelete: ACTIONS[r.del]!,
      deferrable: !r.deferrable ? 'not_deferrable' : r.deferred ? 'initially_deferred' : 'initially_immediate', matchFull: r.match === 'f',
    } : null,
    definition: r.definition,
  }));
}

async function readIndexes(db: TestDatabase, oid: number): Promise<CatalogIndex[]> {
  const nnd = db.major >= 15 ? 'i.indnullsnotdistinct' : 'false';
  const rows = await db.query<{ oid: number; name: string; method: string; unique: boolean; nnd: boolean; nkeys: number; natts: number; predicate: string | null; with: string[] | null; comment: string | null; definition: string }>(`
    SELECT i.indexrelid::int AS oid, c.relname AS name, am.amname AS method, i.indisunique AS unique, ${nnd} AS nnd,
           i.indnkeyatts::int AS nkeys, i.indnatts::int AS natts, pg_get_expr(i.indpred, i.indrelid) AS predicate,
           c.reloptions AS with, obj_description(c.oid, 'pg_class') AS comment, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
    WHERE i.indrelid = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
    ORDER BY c.relname`, [oid]);
  const indexes: CatalogIndex[] = [];
  for (const row of rows) {
    const columns = await db.query<{ n: number; attnum: number; text: string; option: number; opclass: string; opcdefault: boolean }>(`
      SELECT k.o::int AS n, k.attnum::int AS attnum, pg_get_indexdef($1, k.o::int, true) AS text,
             coalesce(i.indoption[k.o - 1], 0)::int AS option, oc.opcname AS opclass, oc.opcdefault
      FROM pg_index i, unnest(i.indkey) WITH ORDINALITY k(attnum, o)
      LEFT JOIN pg_opclass oc ON oc.oid = (SELECT i2.indclass[k.o - 1] FROM pg_index i2 WHERE i2.indexrelid = $1)
      WHERE i.indexrelid = $1 ORDER BY k.o`, [row.oid]);
    const keys = columns.slice(0, row.nkeys).map((c) => ({
      column: c.attnum !== 0 ? unquote(c.text) : null,
      expression: c.attnum === 0 ? c.text : null,
      desc: (c.option & 1) !== 0,
      nullsFirst: (c.option & 2) !== 0,
      opclass: c.opcdefault ? null : c.opclass,
    }));
    indexes.push({
      name: row.name, method: row.method, unique: row.unique, nullsNotDistinct: row.nnd, keys,
      include: columns.slice(row.nkeys).map((c) => unquote(c.text)), predicate: row.predicate,
      with: [...(row.with ?? [])].sort(), comment: row.comment ?? '', definition: row.definition,
    });
  }
  return indexes;
}

const unquote = (text: string) => (/^".*"$/.test(text) ? text.slice(1, -1).replace(/""/g, '"') : text);
