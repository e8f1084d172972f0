import type { ColumnType } from '../../model/column-type';
import { catalogType } from '../../model/type-catalog';

/**
 * How PostgreSQL types and Prisma's scalar types with `@db.*` native types
 * correspond. Import reads a field's scalar plus native attribute; export
 * writes the pair back. Types without a Prisma spelling become
 * `Unsupported("…")`, which Prisma keeps in the schema as written.
 */
interface NativeSpelling { scalar: string; native: string | null; modifiers: 'none' | 'one' | 'two' }

/** Catalog key → Prisma scalar and `@db.` native type (null when the scalar's default already is that type). */
const EXPORT: Record<string, NativeSpelling> = {
  text: { scalar: 'String', native: null, modifiers: 'none' },
  varchar: { scalar: 'String', native: 'VarChar', modifiers: 'one' },
  char: { scalar: 'String', native: 'Char', modifiers: 'one' },
  uuid: { scalar: 'String', native: 'Uuid', modifiers: 'none' },
  citext: { scalar: 'String', native: 'Citext', modifiers: 'none' },
  inet: { scalar: 'String', native: 'Inet', modifiers: 'none' },
  xml: { scalar: 'String', native: 'Xml', modifiers: 'none' },
  bit: { scalar: 'String', native: 'Bit', modifiers: 'one' },
  varbit: { scalar: 'String', native: 'VarBit', modifiers: 'one' },
  smallint: { scalar: 'Int', native: 'SmallInt', modifiers: 'none' },
  integer: { scalar: 'Int', native: null, modifiers: 'none' },
  oid: { scalar: 'Int', native: 'Oid', modifiers: 'none' },
  bigint: { scalar: 'BigInt', native: null, modifiers: 'none' },
  real: { scalar: 'Float', native: 'Real', modifiers: 'none' },
  'double precision': { scalar: 'Float', native: null, modifiers: 'none' },
  numeric: { scalar: 'Decimal', native: 'Decimal', modifiers: 'two' },
  money: { scalar: 'Decimal', native: 'Money', modifiers: 'none' },
  boolean: { scalar: 'Boolean', native: null, modifiers: 'none' },
  timestamp: { scalar: 'DateTime', native: 'Timestamp', modifiers: 'one' },
  timestamptz: { scalar: 'DateTime', native: 'Timestamptz', modifiers: 'one' },
  date: { scalar: 'DateTime', native: 'Date', modifiers: 'none' },
  time: { scalar: 'DateTime', native: 'Time', modifiers: 'one' },
  timetz: { scalar: 'DateTime', native: 'Timetz', modifiers: 'one' },
  json: { scalar: 'Json', native: 'Json', modifiers: 'none' },
  jsonb: { scalar: 'Json', native: null, modifiers: 'none' },
  bytea: { scalar: 'Bytes', native: null, modifiers: 'none' },
};

/** Prisma's scalar defaults on PostgreSQL, when no native type is given. */
const SCALAR_DEFAULT: Record<string, ColumnType> = {
  String: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 },
  Int: { kind: 'base', name: 'integer', modifiers: [], arrayDims: 0 },
  BigInt: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 },
  Float: { kind: 'base', name: 'double precision', modifiers: [], arrayDims: 0 },
  Decimal: { kind: 'base', name: 'numeric', modifiers: [65, 30], arrayDims: 0 },
  Boolean: { kind: 'base', name: 'boolean', modifiers: [], arrayDims: 0 },
  DateTime: { kind: 'base', name: 'timestamp', modifiers: [3], arrayDims: 0 },
  Json: { kind: 'base', name: 'jsonb', modifiers: [], arrayDims: 0 },
  Bytes: { kind: 'base', name: 'bytea', modifiers: [], arrayDims: 0 },
};

const NATIVE: Record<string, string> = {
  Text: 'text', VarChar: 'varchar', Char: 'char', Uuid: 'uuid', Citext: 'citext', Inet: 'inet', Xml: 'xml', Bit: 'bit', VarBit: 'varbit',
  SmallInt: 'smallint', Integer: 'integer', Oid: 'oid', BigInt: 'bigint', Real: 'real', DoublePrecision: 'double precision',
  Decimal: 'numeric', Money: 'money', Boolean: 'boolean', Timestamp: 'timestamp', Timestamptz: 'timestamptz', Date: 'date',
  Time: 'time', Timetz: 'timetz', Json: 'json', JsonB: 'jsonb', ByteA: 'bytea',
};

export function isPrismaScalar(name: string): boolean {
  return name in SCALAR_DEFAULT;
}

/** The column type of a scalar field with its optional `@db.Native(args)`; null when the native type is unknown. */
export function importScalar(scalar: string, native: { name: string; args: number[] } | null): ColumnType | null {
  if (!native) return SCALAR_DEFAULT[scalar] ?? null;
  const key = NATIVE[native.name];
  if (!key) return null;
  return { kind: 'base', name: key, modifiers: native.args, arrayDims: 0 };
}

export interface PrismaSpelling {
  /** `String`, `Decimal`, or null for Unsupported. */
  scalar: string | null;
  /** `@db.VarChar(255)` or null. */
  native: string | null;
}

/** A base type as a Prisma scalar + native attribute, or null when Prisma has no spelling for it. */
export function exportBase(type: Extract<ColumnType, { kind: 'base' }>): PrismaSpelling | null {
  const entry = EXPORT[catalogType(type.name)?.key ?? type.name];
  if (!entry) return null;
  const mods = type.modifiers;
  if (entry.modifiers === 'none' && mods.length > 0) return null;
  // Without modifiers Prisma would pick its own default precision (timestamp(3), numeric(65,30)); say the bare type.
  if (entry.native === null) return { scalar: entry.scalar, native: null };
  if (mods.length === 0 && (entry.modifiers !== 'none')) {
    return entry.scalar === 'Decimal' || entry.scalar === 'DateTime' || entry.native === 'VarChar' || entry.native === 'Char' || entry.native === 'Bit' || entry.native === 'VarBit'
      ? { scalar: entry.scalar, native: `@db.${entry.native}` } : null;
  }
  return { scalar: entry.scalar, native: `@db.${entry.native}${mods.length > 0 ? `(${mods.join(', ')})` : ''}` };
}
