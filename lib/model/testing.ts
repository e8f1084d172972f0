import { Column, Index } from './table-parts';
import { CURRENT_FORMAT_VERSION, DiagramDocument, DOCUMENT_FORMAT, type DiagramDocumentInput } from './document';
import { newId } from './ids';
import { Relationship, type RelationshipInput } from './relationship';
import { Table, type TableInput } from './table';

/**
 * Test-data builders: each returns a complete, valid object with fresh ids; pass
 * only what the test is about. `aDocument({ tables: [aTable(...)] })`.
 */
export function aColumn(overrides: Partial<Column> = {}): Column {
  return Column.parse({ id: newId('col'), name: 'value', type: { kind: 'base', name: 'text' }, ...overrides });
}

export function anIdColumn(overrides: Partial<Column> = {}): Column {
  return aColumn({ name: 'id', type: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }, nullable: false, identity: 'always', ...overrides });
}

export function aTable(overrides: Partial<TableInput> = {}): Table {
  const columns = overrides.columns ?? [anIdColumn()];
  const primaryKey = overrides.primaryKey === undefined && columns[0]?.name === 'id'
    ? { columnIds: [columns[0].id] }
    : overrides.primaryKey;
  return Table.parse({ id: newId('tbl'), schemaId: 'sch_public', name: 'items', ...overrides, columns, primaryKey });
}

export function anIndex(overrides: Partial<Index> & Pick<Index, 'keys'>): Index {
  return Index.parse({ id: newId('idx'), name: `idx_${newId('idx').slice(4)}`, ...overrides });
}

export function aRelationship(overrides: Partial<RelationshipInput> & Pick<RelationshipInput, 'fromTableId' | 'toTableId' | 'fromColumnIds' | 'toColumnIds'>): Relationship {
  return Relationship.parse({ id: newId('rel'), ...overrides });
}

export function aDocument(overrides: Partial<DiagramDocumentInput> = {}): DiagramDocument {
  return DiagramDocument.parse({
    format: DOCUMENT_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    name: 'Test diagram',
    schemas: [{ id: 'sch_public', name: 'public' }],
    ...overrides,
  });
}
