import type { ColumnType } from '../../model/column-type';
import { catalogTypeBySpelling } from '../../model/type-catalog';

const SERIAL_OF: Record<string, string> = { smallint: 'smallserial', integer: 'serial', bigint: 'bigserial' };
const CUSTOM = /^[A-Za-z_][A-Za-z0-9_$ ."]*(\([A-Za-z0-9_, ]*\))?( ?\[\d*\])*$/;

/**
 * A catalog type from what `format_type()` prints for the element type:
 * `character varying(255)`, `timestamp(3) with time zone`, `numeric(10,2)`,
 * `vector(1536)` (the dimensions come from atttypmod), `extensions.vector(3)`.
 * Modifiers PostgreSQL adds by itself (`character(1)`, `numeric(p,0)`) are
 * dropped, so a column written `char` comes back as `char`. Null: not a catalog type.
 */
export function baseColumnType(formatted: string, arrayDims: number): ColumnType | null {
  const match = /^(?:(?:"[^"]+"|[a-z_][a-z0-9_]*)\.)?([^(]+?)(?:\(([^)]*)\))?( with(?:out)? time zone)?$/.exec(formatted.trim());
  if (!match) return null;
  const spelling = `${match[1]!.replace(/"/g, '')}${match[3] ?? ''}`;
  const entry = catalogTypeBySpelling(spelling);
  if (!entry) return null;
  let modifiers = (match[2] ?? '').split(',').map((m) => m.trim()).filter(Boolean).map(Number);
  if (modifiers.some((m) => !Number.isInteger(m))) return null;
  if ((entry.key === 'char' || entry.key === 'bit') && modifiers.length === 1 && modifiers[0] === 1) modifiers = [];
  if (entry.key === 'numeric' && modifiers.length === 2 && modifiers[1] === 0) modifiers = [modifiers[0]!];
  return { kind: 'base', name: entry.key, modifiers, arrayDims };
}

/** `serial` for an integer column whose default is its own sequence (what `serial` creates). */
export function serialType(type: ColumnType, defaultExpr: string | null, ownsSequence: boolean): ColumnType | null {
  if (type.kind !== 'base' || type.arrayDims > 0 || !ownsSequence || !defaultExpr?.startsWith('nextval(')) return null;
  const serial = SERIAL_OF[catalogTypeBySpelling(type.name)?.name ?? ''];
  return serial ? { kind: 'base', name: serial, modifiers: [], arrayDims: 0 } : null;
}

/** Anything else (PostGIS geometry, a composite type) is kept verbatim, when the document can hold its spelling. */
export function customColumnType(formatted: string, arrayDims: number): ColumnType | null {
  const sql = `${formatted}${'[]'.repeat(arrayDims)}`;
  return CUSTOM.test(sql) ? { kind: 'custom', sql } : null;
}
