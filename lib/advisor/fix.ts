import type { DiagramDocument } from '../model/document';
import { newId } from '../model/ids';
import type { Table } from '../model/table';
import type { IndexKey } from '../model/table-parts';
import { err, ok, type Result } from '../result';
import type { AdvisorFix } from './findings';

export interface FixError {
  readonly kind: 'fix_target_missing' | 'fix_conflict';
  readonly message: string;
}

/**
 * Carries out an advisor fix: a pure document → document change (the input is
 * not touched), one undoable step in the editor. New objects get fresh ids.
 * Fails when the document no longer has what the fix points at.
 */
export function applyAdvisorFix(doc: DiagramDocument, fix: AdvisorFix): Result<DiagramDocument, FixError> {
  const next = structuredClone(doc);
  const tableOf = (id: string) => next.tables.find((t) => t.id === id);
  const missing = (what: string) => err<FixError>({ kind: 'fix_target_missing', message: `${fix.description}: ${what} is no longer in the diagram` });
  switch (fix.kind) {
    case 'add_index': {
      const table = tableOf(fix.tableId);
      if (!table) return missing(`table ${fix.tableId}`);
      if (next.tables.some((t) => t.schemaId === table.schemaId && (t.name === fix.index.name || t.indexes.some((i) => i.name === fix.index.name)))) {
        return err({ kind: 'fix_conflict', message: `${fix.description}: the name "${fix.index.name}" is already taken in the schema` });
      }
      table.indexes.push({ ...structuredClone(fix.index), id: newId('idx') });
      return ok(next);
    }
    case 'drop_index': {
      const table = tableOf(fix.tableId);
      if (!table?.indexes.some((i) => i.id === fix.indexId)) return missing(`index ${fix.indexId}`);
      table.indexes = table.indexes.filter((i) => i.id !== fix.indexId);
      return ok(next);
    }
    case 'set_primary_key': {
      const table = tableOf(fix.tableId);
      if (!table) return missing(`table ${fix.tableId}`);
      table.primaryKey = { name: null, columnIds: [...fix.columnIds] };
      table.uniques = table.uniques.filter((u) => !sameSet(u.columnIds, fix.columnIds));
      return ok(next);
    }
    case 'add_identity_key': {
      const table = tableOf(fix.tableId);
      if (!table) return missing(`table ${fix.tableId}`);
      const id = newId('col');
      table.columns.unshift({
        id, name: fix.columnName, type: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }, nullable: false, default: null,
        identity: 'always', generated: null, collation: null, comment: '', snapshotOf: null,
      });
      table.primaryKey = { name: null, columnIds: [id] };
      return ok(next);
    }
    case 'change_column_types': {
      for (const change of fix.changes) {
        const column = tableOf(change.tableId)?.columns.find((c) => c.id === change.columnId);
        if (!column) return missing(`column ${change.columnId}`);
        column.type = structuredClone(change.type);
        if (change.identity) {
          column.identity = change.identity;
          column.default = null;
          column.nullable = false;
        }
        if (change.check) tableOf(change.tableId)!.checks.push({ id: newId('chk'), name: null, expression: change.check });
      }
      return ok(next);
    }
    case 'partition_table': {
      const table = tableOf(fix.tableId);
      if (!table) return missing(`table ${fix.tableId}`);
      partition(table, fix);
      return ok(next);
    }
  }
}

/** Sets the partitioning and widens every key PostgreSQL requires to contain the partition key. */
function partition(table: Table, fix: Extract<AdvisorFix, { kind: 'partition_table' }>): void {
  table.partitioning = {
    strategy: fix.partitioning.strategy,
    key: structuredClone(fix.partitioning.key),
    partitions: fix.partitioning.partitions.map((p) => ({ ...structuredClone(p), id: newId('part') })),
  };
  const widen = (columnIds: string[]) => [...columnIds, ...fix.keyColumnIds.filter((c) => !columnIds.includes(c))];
  if (table.primaryKey) {
    table.primaryKey = { ...table.primaryKey, columnIds: widen(table.primaryKey.columnIds) };
    for (const column of table.columns) if (fix.keyColumnIds.includes(column.id)) column.nullable = false;
  }
  table.uniques = table.uniques.map((u) => ({ ...u, columnIds: widen(u.columnIds) }));
  table.indexes = table.indexes.map((index) => {
    if (!index.unique) return index;
    const present = new Set(index.keys.map((k) => k.columnId));
    const added: IndexKey[] = fix.keyColumnIds.filter((c) => !present.has(c))
      .map((columnId) => ({ columnId, expression: null, order: null, nulls: null, opclass: null, collation: null }));
    return { ...index, keys: [...index.keys, ...added] };
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
