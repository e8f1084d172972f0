import type { ColumnType } from '../../model/column-type';
import type { DiagramDocument } from '../../model/document';
import { catalogType, catalogTypeBySpelling } from '../../model/type-catalog';
import { columnTypeProblem } from '../../model/validate-types';

const CUSTOM_TYPE = /^[A-Za-z_][A-Za-z0-9_$ ."]*(\([A-Za-z0-9_, ]*\))?( ?\[\d*\])*$/;

/**
 * Reads a type as DBML and Prisma's `Unsupported("…")` write it — `varchar(255)`,
 * `numeric(12,2)[]`, `timestamp(3) with time zone`, `vector(1536)` — into a
 * column type: the catalog when it knows the name, an enum of the document
 * when one has that name, else the spelling kept verbatim as a custom type.
 * Null when it cannot be kept at all.
 */
export function typeFromSpelling(spelling: string, findEnum: (name: string) => string | undefined): ColumnType | null {
  const trimmed = spelling.trim();
  const arrays = /((?:\s*\[\d*\])*)$/.exec(trimmed)![1]!;
  const arrayDims = Math.min((arrays.match(/\[/g) ?? []).length, 6);
  let base = trimmed.slice(0, trimmed.length - arrays.length).trim();
  // `timestamp(3) with time zone` carries its precision in the middle.
  const zoned = /^(timestamp|time)\s*\(\s*(\d+)\s*\)\s+(with|without)\s+time\s+zone$/i.exec(base);
  if (zoned) base = `${zoned[1]} ${zoned[3]} time zone(${zoned[2]})`;
  const match = /^(.*?)\s*(?:\(([^()]*)\))?$/.exec(base)!;
  const name = match[1]!;
  const mods = match[2]?.split(',').map((m) => m.trim()) ?? [];
  const entry = catalogTypeBySpelling(name);
  if (entry && mods.every((m) => /^-?\d+$/.test(m))) {
    const type: ColumnType = { kind: 'base', name: entry.key, modifiers: mods.map(Number), arrayDims };
    if (columnTypeProblem(type) === null) return type;
  }
  if (mods.length === 0) {
    const enumId = findEnum(name.replace(/"/g, ''));
    if (enumId) return { kind: 'enum', enumId, arrayDims };
  }
  return CUSTOM_TYPE.test(trimmed) ? { kind: 'custom', sql: trimmed } : null;
}

/**
 * A column type as a short spelling (`varchar(255)`, `timestamptz(3)`, `text[]`):
 * catalog key, modifiers, array brackets. Enums and domains are named by the
 * caller's `name` function, which knows how its format qualifies them.
 */
export function spellType(type: ColumnType, name: (kind: 'enum' | 'domain', id: string) => string): string {
  switch (type.kind) {
    case 'base': {
      const key = catalogType(type.name)?.key ?? type.name;
      return `${key}${type.modifiers.length > 0 ? `(${type.modifiers.join(',')})` : ''}${'[]'.repeat(type.arrayDims)}`;
    }
    case 'enum': return `${name('enum', type.enumId)}${'[]'.repeat(type.arrayDims)}`;
    case 'domain': return `${name('domain', type.domainId)}${'[]'.repeat(type.arrayDims)}`;
    case 'custom': return type.sql;
  }
}

/** The type a domain stands for, with the column's array dimensions added. */
export function flattenDomain(type: ColumnType, doc: DiagramDocument): ColumnType {
  if (type.kind !== 'domain') return type;
  const domain = doc.domains.find((d) => d.id === type.domainId);
  if (!domain) return type;
  const base = flattenDomain(domain.baseType, doc);
  if (base.kind === 'custom') return base;
  return { ...base, arrayDims: Math.min(base.arrayDims + type.arrayDims, 6) };
}
