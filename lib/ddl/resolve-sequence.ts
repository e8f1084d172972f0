import type { DiagramDocument } from '../model/document';
import type { DdlError } from './errors';
import type { ObjectRef, SequenceDef, TableDef } from './schema-model';

/** Sequences with their schema and OWNED BY column resolved to names. */
export function resolveSequences(
  doc: DiagramDocument,
  tables: readonly TableDef[],
  refOf: (schemaId: string, name: string) => ObjectRef,
  errors: DdlError[],
): SequenceDef[] {
  const columnOwner = new Map<string, { table: TableDef; column: string }>();
  for (const table of tables) for (const column of table.columns) columnOwner.set(column.id, { table, column: column.name });
  return doc.sequences.map((s): SequenceDef => {
    const ref = refOf(s.schemaId, s.name);
    let owner: SequenceDef['owner'] = null;
    if (s.ownedBy) {
      const found = columnOwner.get(s.ownedBy.columnId);
      if (found) owner = { table: found.table.ref, tableId: found.table.id, column: found.column, columnId: s.ownedBy.columnId };
      else errors.push({ kind: 'broken_reference', object: `${ref.schema}.${ref.name}`, message: `the sequence is OWNED BY column "${s.ownedBy.columnId}", which does not exist` });
    }
    return {
      id: s.id, ref, dataType: s.dataType, start: s.start, increment: s.increment, minValue: s.minValue, maxValue: s.maxValue,
      cache: s.cache, cycle: s.cycle, owner, comment: s.comment,
    };
  });
}
