import type { ColumnType } from '../model/column-type';
import { catalogType } from '../model/type-catalog';
import { qualified } from '../sql/quote';
import type { ObjectRef } from './schema-model';

export interface TypeLookup {
  enumRef(id: string): ObjectRef | undefined;
  domainRef(id: string): ObjectRef | undefined;
}

/**
 * A column type as SQL. Catalog types are written by their key (`timestamptz(3)`,
 * `varchar(255)`, `vector(1536)`), which PostgreSQL accepts as written; enums and
 * domains by their quoted, schema-qualified name so a rename or a search_path
 * cannot change what the column means; custom types verbatim.
 * Returns null when an enum or domain id does not resolve.
 */
export function renderType(type: ColumnType, lookup: TypeLookup): string | null {
  switch (type.kind) {
    case 'base': {
      const entry = catalogType(type.name);
      const name = entry?.key ?? type.name;
      const modifiers = type.modifiers.length > 0 ? `(${type.modifiers.join(',')})` : '';
      return `${name}${modifiers}${'[]'.repeat(type.arrayDims)}`;
    }
    case 'enum': {
      const ref = lookup.enumRef(type.enumId);
      return ref ? `${qualified(ref.schema, ref.name)}${'[]'.repeat(type.arrayDims)}` : null;
    }
    case 'domain': {
      const ref = lookup.domainRef(type.domainId);
      return ref ? `${qualified(ref.schema, ref.name)}${'[]'.repeat(type.arrayDims)}` : null;
    }
    case 'custom':
      return type.sql;
  }
}

/** The extension a column type needs (`vector` for vector/halfvec/sparsevec, `citext`, `hstore`, `ltree`), if any. */
export function extensionOfType(type: ColumnType): string | null {
  return type.kind === 'base' ? catalogType(type.name)?.extension ?? null : null;
}
