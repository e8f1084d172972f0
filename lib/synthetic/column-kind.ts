import type { DiagramDocument } from '../model/document';
import type { ColumnType } from '../model/column-type';
import type { Column } from '../model/table-parts';
import { renderType } from '../ddl/render-type';

/**
 * A column's type as the generator needs it: the base type behind a domain,
 * the labels of an enum, the array depth, the SQL spelling to cast to, and the
 * checks a domain adds (written against `VALUE`).
 */
export type ValueType =
  | { readonly kind: 'base'; readonly name: string; readonly modifiers: readonly number[] }
  | { readonly kind: 'enum'; readonly labels: readonly string[] }
  | { readonly kind: 'custom'; readonly sql: string };

export interface ResolvedColumnType {
  readonly value: ValueType;
  readonly arrayDims: number;
  /** The column's type as SQL, for the cast that makes every generated value fit. */
  readonly sql: string;
  readonly domainChecks: readonly string[];
  readonly domainNotNull: boolean;
}

export function resolveColumnType(doc: DiagramDocument, column: Column): ResolvedColumnType {
  const schemaName = (id: string) => doc.schemas.find((s) => s.id === id)?.name ?? 'public';
  const lookup = {
    enumRef: (id: string) => {
      const e = doc.enums.find((x) => x.id === id);
      return e ? { schema: schemaName(e.schemaId), name: e.name } : undefined;
    },
    domainRef: (id: string) => {
      const d = doc.domains.find((x) => x.id === id);
      return d ? { schema: schemaName(d.schemaId), name: d.name } : undefined;
    },
  };
  const sql = renderType(column.type, lookup);
  if (sql === null) throw new Error(`column "${column.name}" points at an enum or domain that is not in the diagram`);
  const checks: string[] = [];
  let notNull = false;
  let type: ColumnType = column.type;
  let arrayDims = 'arrayDims' in type ? type.arrayDims : 0;
  // Domains over domains: follow to the base type, collecting checks on the way.
  for (let depth = 0; type.kind === 'domain' && depth < 10; depth++) {
    const domainId: string = type.domainId;
    const domain = doc.domains.find((d) => d.id === domainId)!;
    checks.push(...domain.checks.map((c) => c.expression));
    notNull ||= domain.notNull;
    type = domain.baseType;
    arrayDims += 'arrayDims' in type ? type.arrayDims : 0;
  }
  const value: ValueType = type.kind === 'base'
    ? { kind: 'base', name: type.name, modifiers: type.modifiers }
    : type.kind === 'enum'
      ? { kind: 'enum', labels: doc.enums.find((e) => e.id === (type as { enumId: string }).enumId)!.values.map((v) => v.name) }
      : { kind: 'custom', sql: type.kind === 'custom' ? type.sql : '' };
  return { value, arrayDims, sql, domainChecks: checks, domainNotNull: notNull };
}

const INTEGER_TYPES = new Set(['smallint', 'integer', 'bigint', 'smallserial', 'serial', 'bigserial']);
const SERIAL_TYPES = new Set(['smallserial', 'serial', 'bigserial']);

export const isIntegerType = (v: ValueType) => v.kind === 'base' && INTEGER_TYPES.has(v.name);
export const isSerialType = (v: ValueType) => v.kind === 'base' && SERIAL_TYPES.has(v.name);

/** Types whose values can be made unique from the row number. */
export function canBeUnique(t: ResolvedColumnType): boolean {
  if (t.arrayDims > 0 || t.value.kind !== 'base') return false;
  return [
    'smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision', 'text', 'varchar', 'char', 'citext',
    'uuid', 'timestamp', 'timestamptz', 'date', 'bytea', 'inet',
  ].includes(t.value.name) && !(t.value.name === 'char' && (t.value.modifiers[0] ?? 1) < 8);
}

/** The largest value an integer column holds. */
export function integerMax(name: string): number {
  return name === 'smallint' || name === 'smallserial' ? 32_767 : name === 'integer' || name === 'serial' ? 2_147_483_647 : Number.MAX_SAFE_INTEGER;
}
