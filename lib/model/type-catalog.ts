/**
 * The PostgreSQL types the designer offers. Each entry says how many modifiers the
 * type takes (varchar(n), numeric(p,s), vector(dims)) and which extension provides it,
 * so the type picker, the validator, the DDL generator and the SQL importer agree.
 */
export type TypeCategory =
  | 'numeric' | 'text' | 'boolean' | 'datetime' | 'uuid' | 'json' | 'binary'
  | 'network' | 'geometric' | 'range' | 'search' | 'vector' | 'bit' | 'other';

export interface TypeModifierSpec {
  /** Name shown in the UI, e.g. "length", "precision", "dimensions". */
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export interface CatalogType {
  /** Canonical name as PostgreSQL's format_type() prints it, e.g. "character varying". */
  readonly name: string;
  /** Short name used in the document and the UI, e.g. "varchar". */
  readonly key: string;
  readonly category: TypeCategory;
  /** Modifiers in order; those after `requiredModifiers` are optional. */
  readonly modifiers: readonly TypeModifierSpec[];
  readonly requiredModifiers: number;
  /** Other spellings PostgreSQL accepts, lower case (int4, "character varying", …). */
  readonly aliases: readonly string[];
  readonly extension?: string;
  /** Whether the type can back an identity column. */
  readonly identityCapable?: boolean;
}

const precision = (max: number): TypeModifierSpec => ({ label: 'precision', min: 0, max });
const length = (max: number): TypeModifierSpec => ({ label: 'length', min: 1, max });
// pgvector: vector and halfvec columns hold up to 16,000 dimensions; sparsevec up to 1,000,000,000.
const dimensions = (max: number): TypeModifierSpec => ({ label: 'dimensions', min: 1, max });

function t(
  key: string,
  name: string,
  category: TypeCategory,
  extra: Partial<Omit<CatalogType, 'key' | 'name' | 'category'>> = {},
): CatalogType {
  return { key, name, category, modifiers: [], requiredModifiers: 0, aliases: [], ...extra };
}

export const TYPE_CATALOG: readonly CatalogType[] = [
  t('smallint', 'smallint', 'numeric', { aliases: ['int2'], identityCapable: true }),
  t('integer', 'integer', 'numeric', { aliases: ['int', 'int4'], identityCapable: true }),
  t('bigint', 'bigint', 'numeric', { aliases: ['int8'], identityCapable: true }),
  t('numeric', 'numeric', 'numeric', {
    aliases: ['decimal'],
    modifiers: [{ label: 'precision', min: 1, max: 1000 }, { label: 'scale', min: -1000, max: 1000 }],
  }),
  t('real', 'real', 'numeric', { aliases: ['float4'] }),
  t('double precision', 'double precision', 'numeric', { aliases: ['float8', 'float'] }),
  t('money', 'money', 'numeric'),
  t('smallserial', 'smallserial', 'numeric', { aliases: ['serial2'] }),
  t('serial', 'serial', 'numeric', { aliases: ['serial4'] }),
  t('bigserial', 'bigserial', 'numeric', { aliases: ['serial8'] }),
  t('text', 'text', 'text'),
  t('varchar', 'character varying', 'text', { aliases: ['character varying'], modifiers: [length(10485760)] }),
  t('char', 'character', 'text', { aliases: ['character', 'bpchar'], modifiers: [length(10485760)] }),
  t('citext', 'citext', 'text', { extension: 'citext' }),
  t('boolean', 'boolean', 'boolean', { aliases: ['bool'] }),
  t('date', 'date', 'datetime'),
  t('time', 'time without time zone', 'datetime', { aliases: ['time without time zone'], modifiers: [precision(6)] }),
  t('timetz', 'time with time zone', 'datetime', { aliases: ['time with time zone'], modifiers: [precision(6)] }),
  t('timestamp', 'timestamp without time zone', 'datetime', {
    aliases: ['timestamp without time zone'],
    modifiers: [precision(6)],
  }),
  t('timestamptz', 'timestamp with time zone', 'datetime', {
    aliases: ['timestamp with time zone'],
    modifiers: [precision(6)],
  }),
  t('interval', 'interval', 'datetime', { modifiers: [precision(6)] }),
  t('uuid', 'uuid', 'uuid'),
  t('json', 'json', 'json'),
  t('jsonb', 'jsonb', 'json'),
  t('jsonpath', 'jsonpath', 'json'),
  t('xml', 'xml', 'other'),
  t('bytea', 'bytea', 'binary'),
  t('inet', 'inet', 'network'),
  t('cidr', 'cidr', 'network'),
  t('macaddr', 'macaddr', 'network'),
  t('macaddr8', 'macaddr8', 'network'),
  t('bit', 'bit', 'bit', { modifiers: [length(83886080)] }),
  t('varbit', 'bit varying', 'bit', { aliases: ['bit varying'], modifiers: [length(83886080)] }),
  t('tsvector', 'tsvector', 'search'),
  t('tsquery', 'tsquery', 'search'),
  t('point', 'point', 'geometric'),
  t('line', 'line', 'geometric'),
  t('lseg', 'lseg', 'geometric'),
  t('box', 'box', 'geometric'),
  t('path', 'path', 'geometric'),
  t('polygon', 'polygon', 'geometric'),
  t('circle', 'circle', 'geometric'),
  t('int4range', 'int4range', 'range'),
  t('int8range', 'int8range', 'range'),
  t('numrange', 'numrange', 'range'),
  t('tsrange', 'tsrange', 'range'),
  t('tstzrange', 'tstzrange', 'range'),
  t('daterange', 'daterange', 'range'),
  t('oid', 'oid', 'other'),
  t('hstore', 'hstore', 'other', { extension: 'hstore' }),
  t('ltree', 'ltree', 'other', { extension: 'ltree' }),
  t('vector', 'vector', 'vector', { extension: 'vector', modifiers: [dimensions(16000)], requiredModifiers: 1 }),
  t('halfvec', 'halfvec', 'vector', { extension: 'vector', modifiers: [dimensions(16000)], requiredModifiers: 1 }),
  t('sparsevec', 'sparsevec', 'vector', {
    extension: 'vector',
    modifiers: [dimensions(1000000000)],
    requiredModifiers: 1,
  }),
];

const BY_KEY = new Map(TYPE_CATALOG.map((type) => [type.key, type]));
const BY_SPELLING = new Map<string, CatalogType>();
for (const type of TYPE_CATALOG) {
  for (const spelling of [type.key, type.name, ...type.aliases]) BY_SPELLING.set(spelling, type);
}

export function catalogType(key: string): CatalogType | undefined {
  return BY_KEY.get(key);
}

/** Finds a catalog type by any spelling PostgreSQL accepts ("int4", "character varying"). */
export function catalogTypeBySpelling(spelling: string): CatalogType | undefined {
  return BY_SPELLING.get(spelling.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Common embedding models and their output dimensions, for the vector type picker. */
export const EMBEDDING_MODELS: readonly { readonly name: string; readonly dimensions: number }[] = [
  { name: 'OpenAI text-embedding-3-small', dimensions: 1536 },
  { name: 'OpenAI text-embedding-3-large', dimensions: 3072 },
  { name: 'OpenAI text-embedding-ada-002', dimensions: 1536 },
  { name: 'Cohere embed-v3 (english)', dimensions: 1024 },
  { name: 'Cohere embed-v3 light', dimensions: 384 },
  { name: 'Voyage voyage-3', dimensions: 1024 },
  { name: 'Google text-embedding-004', dimensions: 768 },
  { name: 'sentence-transformers all-MiniLM-L6-v2', dimensions: 384 },
  { name: 'BAAI bge-large-en-v1.5', dimensions: 1024 },
  { name: 'nomic-embed-text-v1.5', dimensions: 768 },
];
