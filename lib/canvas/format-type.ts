import type { ColumnType } from '../model/column-type';
import type { DiagramDocument } from '../model/document';

const PUBLIC_SCHEMA = 'public';

/**
 * The short spelling of a column type as the canvas and inspector show it:
 * `varchar(255)`, `numeric(12,2)`, `text[]`, or the name of an enum or domain
 * (schema-qualified when it lives outside `public`). Unknown references are shown
 * as `?` so a broken document is visible rather than hidden.
 */
export function formatColumnType(doc: Pick<DiagramDocument, 'enums' | 'domains' | 'schemas'>, type: ColumnType): string {
  switch (type.kind) {
    case 'base': {
      const modifiers = type.modifiers.length > 0 ? `(${type.modifiers.join(',')})` : '';
      return `${type.name}${modifiers}${arraySuffix(type.arrayDims)}`;
    }
    case 'enum': {
      const found = doc.enums.find((e) => e.id === type.enumId);
      return `${found ? qualified(doc, found.schemaId, found.name) : '?enum'}${arraySuffix(type.arrayDims)}`;
    }
    case 'domain': {
      const found = doc.domains.find((d) => d.id === type.domainId);
      return `${found ? qualified(doc, found.schemaId, found.name) : '?domain'}${arraySuffix(type.arrayDims)}`;
    }
    case 'custom':
      return type.sql;
  }
}

/** The schema name of a table or type when it is not `public`, else null. */
export function schemaLabel(doc: Pick<DiagramDocument, 'schemas'>, schemaId: string): string | null {
  const name = doc.schemas.find((s) => s.id === schemaId)?.name ?? '?';
  return name === PUBLIC_SCHEMA ? null : name;
}

function qualified(doc: Pick<DiagramDocument, 'schemas'>, schemaId: string, name: string): string {
  const schema = schemaLabel(doc, schemaId);
  return schema === null ? name : `${schema}.${name}`;
}

function arraySuffix(dims: number): string {
  return '[]'.repeat(dims);
}
