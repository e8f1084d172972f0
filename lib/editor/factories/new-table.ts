import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import type { Column } from '../../model/table-parts';
import { typeFromShorthand } from '../../model/type-shorthand';
import type { CommandOf, Position } from '../command';
import { randomIds, type IdSource } from './ids';
import { freeColumnName, freeTableName } from './names';

/** A new `table_N` with a `bigint GENERATED ALWAYS AS IDENTITY` primary key `id`. */
export function newTable(
  doc: DiagramDocument,
  options: { position: Position | null; name?: string; schemaId?: string },
  ids: IdSource = randomIds,
): CommandOf<'addTable'> {
  const schemaId = options.schemaId ?? doc.schemas.find((s) => s.name === 'public')?.id ?? doc.schemas[0]!.id;
  const id = blankColumn(ids('col'), 'id', 'bigint');
  const idColumn: Column = { ...id, nullable: false, identity: 'always' };
  const table: Table = {
    id: ids('tbl'), schemaId, name: options.name ?? freeTableName(doc, schemaId), comment: '',
    columns: [idColumn], primaryKey: { name: null, columnIds: [idColumn.id] },
    uniques: [], checks: [], indexes: [], partitioning: null, unlogged: false, junction: null,
    dependencies: [], accessPatterns: [], volume: null,
  };
  return { kind: 'addTable', table, position: options.position };
}

/** A new nullable column (`column_N` of type text unless told). Throws on an unknown type spelling. */
export function newColumn(
  table: Table,
  options: { name?: string; type?: string | Column['type'] } = {},
  ids: IdSource = randomIds,
): CommandOf<'addColumn'> {
  const type = options.type ?? 'text';
  const column = blankColumn(ids('col'), options.name ?? freeColumnName(table), type);
  return { kind: 'addColumn', tableId: table.id, column };
}

export function blankColumn(id: string, name: string, type: string | Column['type']): Column {
  return {
    id, name, type: typeof type === 'string' ? typeFromShorthand(type) : type, nullable: true, default: null,
    identity: null, generated: null, collation: null, comment: '', snapshotOf: null,
  };
}
