import type { DiagramDocument } from '../../model/document';
import type { EditorCommand } from '../command';
import { copyTables, pasteCommand } from '../factories/clipboard';
import { connectByDrag } from '../factories/connect';
import type { IdSource } from '../factories/ids';
import { convertToManyToMany, manyToMany } from '../factories/many-to-many';
import { newColumn, newTable } from '../factories/new-table';
import { newAccessPattern, newCheck, newDependency, newIndex, newUnique } from '../factories/parts';

/** mulberry32: a tiny seeded PRNG, so a failing sequence can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(items: readonly T[]) => T | undefined;

/**
 * One random command a person could issue on `doc`, built with the same factories
 * the UI uses. Some are refused by `applyCommand` (a name clash, a type mismatch);
 * that is part of what the property test exercises.
 */
export function randomCommand(doc: DiagramDocument, random: () => number, ids: IdSource): EditorCommand | null {
  const pick: Pick = (items) => (items.length === 0 ? undefined : items[Math.floor(random() * items.length)]);
  const table = pick(doc.tables);
  const other = pick(doc.tables);
  const column = table && pick(table.columns);
  const rel = pick(doc.relationships);
  const n = Math.floor(random() * 1000);
  const makers: (() => EditorCommand | null | undefined)[] = [
    () => newTable(doc, { position: { x: n, y: n / 2 } }, ids),
    () => table && { kind: 'updateTable', tableId: table.id, changes: { name: `t_${n}`, comment: `c${n}` } },
    () => table && { kind: 'deleteTables', tableIds: [table.id] },
    () => table && newColumn(table, { type: pick(['text', 'bigint', 'uuid', 'jsonb', 'varchar(20)'])! }, ids),
    () => table && column ? { kind: 'updateColumn', tableId: table.id, columnId: column.id, changes: { name: `c_${n}`, nullable: random() < 0.5 } } : null,
    () => table && column ? { kind: 'deleteColumns', tableId: table.id, columnIds: [column.id] } : null,
    () => table && column ? { kind: 'reorderColumn', tableId: table.id, columnId: column.id, toIndex: n % 5 } : null,
    () => table && column ? { kind: 'setPrimaryKey', tableId: table.id, columnIds: random() < 0.2 ? [] : [column.id] } : null,
    () => table && column ? newIndex(doc, table, [column.id], ids) : null,
    () => table && column ? newUnique(table, [column.id], ids) : null,
    () => table ? newCheck(table, `${n} > 0`, ids) : null,
    () => table && column && table.columns.length > 1 ? newDependency(table, [table.columns[0]!.id], [table.columns.at(-1)!.id], ids) : null,
    () => table ? newAccessPattern(table, ids) : null,
    () => {
      const index = table && pick(table.indexes);
      return index ? { kind: 'updatePart', tableId: table.id, part: 'indexes', id: index.id, changes: { method: 'gin', where: 'true' } } : null;
    },
    () => {
      const unique = table && pick(table.uniques);
      return unique ? { kind: 'deletePart', tableId: table.id, part: 'uniques', id: unique.id } : null;
    },
    () => {
      if (!table || !column || !other) return null;
      const made = connectByDrag(doc, { sourceTableId: table.id, sourceColumnId: column.id, targetTableId: other.id }, ids);
      return made.ok ? made.value : null;
    },
    () => {
      if (!table || !other || table === other) return null;
      const made = manyToMany(doc, table.id, other.id, {}, ids);
      return made.ok ? made.value : null;
    },
    () => {
      if (!rel) return null;
      const made = convertToManyToMany(doc, rel.id, ids);
      return made.ok ? made.value : null;
    },
    () => rel ? { kind: 'updateRelationship', relationshipId: rel.id, changes: { onDelete: 'CASCADE', cardinality: '1:1' } } : null,
    () => rel ? { kind: 'deleteRelationships', relationshipIds: [rel.id] } : null,
    () => ({ kind: 'addEnum', enumType: { id: ids('enm'), schemaId: doc.schemas[0]!.id, name: `e_${n}`, values: [{ id: ids('val'), name: 'a' }], comment: '' } }),
    () => {
      const e = pick(doc.enums);
      return e ? { kind: 'updateEnum', enumId: e.id, changes: { values: [...e.values, { id: ids('val'), name: `v${n}` }] } } : null;
    },
    () => {
      const e = pick(doc.enums);
      return e ? { kind: 'deleteEnum', enumId: e.id } : null;
    },
    () => ({ kind: 'addDomain', domain: { id: ids('dom'), schemaId: doc.schemas[0]!.id, name: `d_${n}`, baseType: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 }, notNull: false, default: null, checks: [], comment: '' } }),
    () => {
      const d = pick(doc.domains);
      return d ? { kind: 'updateDomain', domainId: d.id, changes: { notNull: !d.notNull, checks: [...d.checks, { id: ids('chk'), name: null, expression: `length(VALUE) > ${n}` }] } } : null;
    },
    () => {
      const d = pick(doc.domains);
      return d && column && table ? { kind: 'updateColumn', tableId: table.id, columnId: column.id, changes: { type: { kind: 'domain', domainId: d.id, arrayDims: 0 } } } : null;
    },
    () => {
      const d = pick(doc.domains);
      return d ? { kind: 'deleteDomain', domainId: d.id } : null;
    },
    () => ({ kind: 'addNote', note: { id: ids('note'), text: `note ${n}`, color: '#fef08a' }, position: { x: n, y: 0 } }),
    () => {
      const note = pick(doc.notes);
      return note ? { kind: 'updateNote', noteId: note.id, changes: { text: `edited ${n}` } } : null;
    },
    () => ({ kind: 'addArea', area: { id: ids('area'), name: `area ${n}`, color: '#bfdbfe', tableIds: table ? [table.id] : [] }, position: { x: 0, y: n }, size: { width: 400, height: 300 } }),
    () => {
      const node = pick([...doc.notes, ...doc.areas]);
      return node ? { kind: 'deleteNodes', nodeIds: [node.id] } : null;
    },
    // `|| 0`: -0 does not survive a JSON round trip, which the property test makes.
    () => table ? { kind: 'moveNodes', positions: { [table.id]: { x: n, y: -n || 0 } } } : null,
    () => table ? { kind: 'setNodeLayout', nodes: { [table.id]: { collapsed: random() < 0.5, hidden: random() < 0.3 } } } : null,
    () => {
      const copied = table && copyTables(doc, [table.id, ...(other ? [other.id] : [])]);
      return copied ? pasteCommand(doc, copied, { x: 40, y: 40 }, ids) : null;
    },
    () => table && other ? { kind: 'batch', commands: [{ kind: 'updateTable', tableId: table.id, changes: { comment: 'batched' } }, { kind: 'moveNodes', positions: { [other.id]: { x: 1, y: 2 } } }] } : null,
  ];
  return pick(makers)!() ?? null;
}
