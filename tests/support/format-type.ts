import type { ColumnType } from '../../lib/model/column-type';
import type { DiagramDocument } from '../../lib/model/document';
import { catalogType } from '../../lib/model/type-catalog';

/**
 * How PostgreSQL's format_type() prints a document column type, so the expected
 * snapshot can be compared with the catalog: `timestamp(3) with time zone`,
 * `character varying(255)`, `numeric(10,0)`, one `[]` for any array depth, an
 * enum by name (schema-qualified outside `public`, quoted only when needed).
 */
const TIME_TYPES: Record<string, [string, string]> = {
  time: ['time', ' without time zone'],
  timetz: ['time', ' with time zone'],
  timestamp: ['timestamp', ' without time zone'],
  timestamptz: ['timestamp', ' with time zone'],
};
const SERIALS: Record<string, string> = { smallserial: 'smallint', serial: 'integer', bigserial: 'bigint' };
const ONE_BY_DEFAULT = new Set(['char', 'bit']);

export function formatType(type: ColumnType, doc: DiagramDocument): string {
  const array = 'arrayDims' in type && type.arrayDims > 0 ? '[]' : '';
  switch (type.kind) {
    case 'base': {
      const entry = catalogType(type.name);
      if (!entry) return type.name;
      if (SERIALS[entry.key]) return SERIALS[entry.key]! + array;
      let modifiers = [...type.modifiers];
      if (modifiers.length === 0 && ONE_BY_DEFAULT.has(entry.key)) modifiers = [1];
      if (entry.key === 'numeric' && modifiers.length === 1) modifiers.push(0);
      const mods = modifiers.length > 0 ? `(${modifiers.join(',')})` : '';
      const time = TIME_TYPES[entry.key];
      return time ? `${time[0]}${mods}${time[1]}${array}` : `${entry.name}${mods}${array}`;
    }
    case 'enum': {
      const found = doc.enums.find((e) => e.id === type.enumId)!;
      return typeName(doc, found.schemaId, found.name) + array;
    }
    case 'domain': {
      const found = doc.domains.find((d) => d.id === type.domainId)!;
      return typeName(doc, found.schemaId, found.name) + array;
    }
    case 'custom':
      return type.sql;
  }
}

function typeName(doc: DiagramDocument, schemaId: string, name: string): string {
  const schema = doc.schemas.find((s) => s.id === schemaId)!.name;
  return schema === 'public' ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** PostgreSQL's quote_ident: bare when lower-case and not a keyword that needs quoting. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

// Reserved, type/function-name and column-name keywords: the ones quote_ident quotes.
const KEYWORDS = new Set(`all analyse analyze and any array as asc asymmetric both case cast check collate column constraint
create current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc distinct
do else end except false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime
localtimestamp not null offset on only or order placing primary references returning select session_user some symmetric
system_user table then to trailing true union unique user using variadic when where window with authorization binary collation
concurrently cross current_schema freeze full ilike inner is isnull join left like natural notnull outer overlaps right similar
tablesample verbose between bigint bit boolean char character coalesce dec decimal exists extract float greatest grouping inout
int integer interval json least national nchar none normalize nullif numeric out overlay position precision real row setof
smallint substring time timestamp treat trim values varchar`.split(/\s+/));
