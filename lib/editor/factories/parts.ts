import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import type { AccessPattern, FunctionalDependency } from '../../model/requirements';
import type { CheckConstraint, Index, UniqueConstraint } from '../../model/table-parts';
import type { CommandOf } from '../command';
import { randomIds, type IdSource } from './ids';
import { freeIndexName, freeName } from './names';

/** Builders for the parts of a table the inspector adds, with sensible defaults and fresh ids. */

export function newIndex(doc: DiagramDocument, table: Table, columnIds: string[], ids: IdSource = randomIds): CommandOf<'addPart'> {
  const value: Index = {
    id: ids('idx'), name: freeIndexName(doc, table, columnIds), method: 'btree', unique: false, nullsNotDistinct: false,
    keys: columnIds.map((columnId) => ({ columnId, expression: null, order: null, nulls: null, opclass: null, collation: null })),
    include: [], where: null, with: {}, comment: '',
  };
  return { kind: 'addPart', tableId: table.id, part: 'indexes', value };
}

export function newUnique(table: Table, columnIds: string[], ids: IdSource = randomIds): CommandOf<'addPart'> {
  const value: UniqueConstraint = { id: ids('uq'), name: null, columnIds, nullsNotDistinct: false };
  return { kind: 'addPart', tableId: table.id, part: 'uniques', value };
}

export function newCheck(table: Table, expression: string, ids: IdSource = randomIds): CommandOf<'addPart'> {
  const value: CheckConstraint = { id: ids('chk'), name: null, expression };
  return { kind: 'addPart', tableId: table.id, part: 'checks', value };
}

export function newDependency(table: Table, determinant: string[], dependent: string[], ids: IdSource = randomIds): CommandOf<'addPart'> {
  const value: FunctionalDependency = { id: ids('fd'), determinant, dependent, note: '' };
  return { kind: 'addPart', tableId: table.id, part: 'dependencies', value };
}

export function newAccessPattern(table: Table, ids: IdSource = randomIds): CommandOf<'addPart'> {
  const value: AccessPattern = {
    id: ids('ap'), name: freeName(new Set(table.accessPatterns.map((p) => p.name)), 'query', table.accessPatterns.length + 1),
    description: '', operation: 'select', filters: [], joins: [], orderBy: [], similarity: null, select: [], limit: null,
    frequency: { count: 1, per: 'second' },
  };
  return { kind: 'addPart', tableId: table.id, part: 'accessPatterns', value };
}
