import type { TypeName } from 'libpg-query';
import type { ColumnType } from '../../model/column-type';
import { catalogTypeBySpelling } from '../../model/type-catalog';
import { columnTypeProblem } from '../../model/validate-types';
import { keyOf, pick, qualifiedName, strings } from './ast';
import type { ImportContext } from './context';

/**
 * Maps a parsed type name to a document column type. The parser has already
 * turned SQL-standard spellings into catalog names (`integer` → `pg_catalog.int4`,
 * `timestamp with time zone` → `pg_catalog.timestamptz`), so the lookup order is:
 * the document's own enums and domains by qualified name, then the type catalog
 * (for `pg_catalog.*`, unqualified names and extension types that pg_dump writes
 * as `public.vector`), then a verbatim `custom` type.
 */
export function columnTypeOf(typeName: TypeName, ctx: ImportContext, line: number): ColumnType {
  const names = strings(typeName.names);
  const arrayDims = Math.min(typeName.arrayBounds?.length ?? 0, 6);
  const modifiers = typeModifiers(typeName);
  const qualified = qualifiedName(names);

  if (names[0] !== 'pg_catalog') {
    const enumType = ctx.enums.get(keyOf(qualified));
    if (enumType) return { kind: 'enum', enumId: enumType.id, arrayDims };
    const domain = ctx.domains.get(keyOf(qualified));
    if (domain) return { kind: 'domain', domainId: domain.id, arrayDims };
  }

  const catalogReachable = names.length === 1 || names[0] === 'pg_catalog' || names[0] === 'public';
  const entry = catalogReachable ? catalogTypeBySpelling(qualified.name) : undefined;
  if (entry && modifiers !== null) {
    const mods = entry.key === 'interval' ? intervalModifiers(typeName, modifiers, ctx, line) : modifiers;
    const base: ColumnType = { kind: 'base', name: entry.key, modifiers: mods, arrayDims };
    if (columnTypeProblem(base) === null) return base;
  }
  return customType(names, typeName, arrayDims, ctx, line);
}

/** Integer type modifiers, or null when one is not an integer (`geometry(Point,4326)`). */
function typeModifiers(typeName: TypeName): number[] | null {
  const values: number[] = [];
  for (const node of typeName.typmods ?? []) {
    const constant = pick(node, 'A_Const');
    if (!constant?.ival) return null;
    values.push(constant.ival.ival ?? 0);
  }
  return values;
}

// The parser stores `interval day to second(3)` as a field mask (no location) plus
// the precision. The full mask means "no fields"; other masks the model cannot say.
const INTERVAL_FULL_RANGE = 32767;

function intervalModifiers(typeName: TypeName, modifiers: number[], ctx: ImportContext, line: number): number[] {
  const first = pick(typeName.typmods?.[0], 'A_Const');
  if (!first || (first.location ?? -1) >= 0) return modifiers;
  if (modifiers[0] !== INTERVAL_FULL_RANGE) ctx.report.warn(line, 'interval field restrictions (e.g. DAY TO SECOND) are not modeled; the column is a plain interval');
  return modifiers.slice(1);
}

const CUSTOM_TYPE = /^[A-Za-z_][A-Za-z0-9_$ ."]*(\([A-Za-z0-9_, ]*\))?( ?\[\d*\])*$/;
const PLAIN_NAME = /^[a-z_][a-z0-9_$]*$/;

function customType(names: string[], typeName: TypeName, arrayDims: number, ctx: ImportContext, line: number): ColumnType {
  const parts = names[0] === 'pg_catalog' ? names.slice(1) : names;
  const name = parts.map((p) => (PLAIN_NAME.test(p) ? p : `"${p.replace(/"/g, '""')}"`)).join('.');
  const mods = (typeName.typmods ?? []).map((node) => {
    const constant = pick(node, 'A_Const');
    if (constant?.ival) return String(constant.ival.ival ?? 0);
    const ref = pick(node, 'ColumnRef');
    return strings(ref?.fields).join('.');
  });
  const sql = `${name}${mods.length > 0 ? `(${mods.join(',')})` : ''}${'[]'.repeat(arrayDims)}`;
  if (CUSTOM_TYPE.test(sql)) return { kind: 'custom', sql };
  ctx.report.warn(line, `type ${sql} cannot be kept as written (the diagram allows ASCII type names only); using text`);
  return { kind: 'base', name: 'text', modifiers: [], arrayDims };
}
