import { describe, expect, it } from 'vitest';
import type { DiagramDocument } from '../model/document';
import { parseDocument } from '../model/parse';
import { ecommerceTemplate } from '../templates/ecommerce';
import { eventsTemplate } from '../templates/events';
import { applyCommand } from './apply';
import type { EditorCommand } from './command';
import { copyTables, pasteCommand, readClipboard } from './factories/clipboard';
import { connectByDrag } from './factories/connect';
import { counterIds } from './factories/ids';
import { convertToManyToMany, manyToMany } from './factories/many-to-many';
import { newColumn, newTable } from './factories/new-table';
import { newIndex } from './factories/parts';

const shop = ecommerceTemplate();
const table = (doc: DiagramDocument, name: string) => doc.tables.find((t) => t.name === name)!;
const column = (doc: DiagramDocument, t: string, c: string) => table(doc, t).columns.find((x) => x.name === c)!;

/** Applies a command, checks the result is a valid document and that its inverse restores the input exactly. */
function roundTrip(doc: DiagramDocument, command: EditorCommand): DiagramDocument {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  const parsed = parseDocument(JSON.parse(JSON.stringify(result.value.doc)));
  expect(parsed.ok ? null : parsed.error).toBeNull();
  const back = applyCommand(result.value.doc, result.value.inverse);
  expect(back.ok && back.value.doc).toEqual(doc);
  return result.value.doc;
}

describe('table commands', () => {
  it('adds table_N with an identity key at a position, and undoes it', () => {
    const command = newTable(shop, { position: { x: 10, y: 20 } }, counterIds());
    const after = roundTrip(shop, command);
    expect(table(after, 'table_6')).toMatchObject({ primaryKey: { columnIds: [command.table.columns[0]!.id] } });
    expect(after.layout.nodes[command.table.id]).toMatchObject({ x: 10, y: 20 });
    // Untouched tables are shared, so memoized canvas nodes stay put.
    expect(after.tables[0]).toBe(shop.tables[0]);
  });

  it('deletes a table with its foreign keys, area membership and layout; undo puts all of it back in place', () => {
    const users = table(shop, 'users');
    const withArea = roundTrip(shop, { kind: 'addArea', area: { id: 'area_1', name: 'people', color: '#bfdbfe', tableIds: [users.id] }, position: { x: 0, y: 0 }, size: { width: 300, height: 200 } });
    const after = roundTrip(withArea, { kind: 'deleteTables', tableIds: [users.id] });
    expect(after.tables.map((t) => t.name)).not.toContain('users');
    expect(after.relationships.some((r) => r.toTableId === users.id || r.fromTableId === users.id)).toBe(false);
    expect(after.areas[0]!.tableIds).toEqual([]);
    expect(after.layout.nodes[users.id]).toBeUndefined();
  });

  it('refuses a duplicate table name with the validator’s message', () => {
    const result = applyCommand(shop, { kind: 'updateTable', tableId: table(shop, 'users').id, changes: { name: 'orders' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/orders/);
  });
});

describe('column commands', () => {
  it('deleting a column takes it out of keys, indexes, foreign keys and access patterns', () => {
    const categoryId = column(shop, 'products', 'category_id');
    const after = roundTrip(shop, { kind: 'deleteColumns', tableId: table(shop, 'products').id, columnIds: [categoryId.id] });
    const products = table(after, 'products');
    expect(products.indexes.flatMap((i) => i.keys.map((k) => k.columnId))).not.toContain(categoryId.id);
    expect(after.relationships.some((r) => r.fromColumnIds.includes(categoryId.id))).toBe(false);
    expect(products.accessPatterns.flatMap((p) => p.filters.map((f) => f.columnId))).not.toContain(categoryId.id);
  });

  it('deleting a partition key column unpartitions the table', () => {
    const events = eventsTemplate();
    const key = events.tables[0]!.partitioning!.key[0]!.columnId!;
    const after = roundTrip(events, { kind: 'deleteColumns', tableId: events.tables[0]!.id, columnIds: [key] });
    expect(after.tables[0]!.partitioning).toBeNull();
  });

  it('adds, reorders and updates columns; a composite primary key makes its columns NOT NULL', () => {
    const users = table(shop, 'users');
    const add = newColumn(users, { name: 'nickname', type: 'varchar(40)' }, counterIds());
    let doc = roundTrip(shop, add);
    doc = roundTrip(doc, { kind: 'reorderColumn', tableId: users.id, columnId: add.column.id, toIndex: 1 });
    expect(table(doc, 'users').columns[1]!.name).toBe('nickname');
    doc = roundTrip(doc, { kind: 'setPrimaryKey', tableId: users.id, columnIds: [column(doc, 'users', 'id').id, add.column.id] });
    expect(table(doc, 'users').columns[1]!.nullable).toBe(false);
    doc = roundTrip(doc, { kind: 'updateColumn', tableId: users.id, columnId: add.column.id, changes: { default: "'anon'", comment: 'shown publicly' } });
    expect(column(doc, 'users', 'nickname')).toMatchObject({ default: "'anon'", comment: 'shown publicly' });
  });
});

describe('indexes', () => {
  it('names a new index <table>_<cols>_idx and edits it into a partial GIN index', () => {
    const products = table(shop, 'products');
    const add = newIndex(shop, products, [column(shop, 'products', 'attributes').id], counterIds());
    expect(add.value).toMatchObject({ name: 'products_attributes_idx', method: 'btree' });
    let doc = roundTrip(shop, add);
    doc = roundTrip(doc, { kind: 'updatePart', tableId: products.id, part: 'indexes', id: add.value.id, changes: { method: 'gin', where: 'price > 0' } });
    expect(table(doc, 'products').indexes.find((i) => i.id === add.value.id)).toMatchObject({ method: 'gin', where: 'price > 0' });
    roundTrip(doc, { kind: 'deletePart', tableId: products.id, part: 'indexes', id: add.value.id });
  });
});

describe('relationships', () => {
  it('dragging from a key column creates <parent>_<key> with the key type in the child', () => {
    const withTag = roundTrip(shop, newTable(shop, { position: null, name: 'tags' }, counterIds('a')));
    const made = connectByDrag(withTag, { sourceTableId: table(withTag, 'users').id, sourceColumnId: column(withTag, 'users', 'id').id, targetTableId: table(withTag, 'tags').id }, counterIds('b'));
    expect(made.ok).toBe(true);
    const after = roundTrip(withTag, made.ok ? made.value : (null as never));
    const fk = column(after, 'tags', 'users_id');
    expect(fk).toMatchObject({ type: { kind: 'base', name: 'bigint' }, nullable: false, identity: null });
    expect(after.relationships.at(-1)).toMatchObject({ fromTableId: table(after, 'tags').id, toTableId: table(after, 'users').id, fromColumnIds: [fk.id], cardinality: '1:N' });
  });

  it('dragging from a plain column makes it the foreign key, and refuses a type mismatch', () => {
    const categories = table(shop, 'categories');
    const made = connectByDrag(shop, { sourceTableId: categories.id, sourceColumnId: column(shop, 'categories', 'parent_id').id, targetTableId: table(shop, 'users').id });
    expect(made.ok && made.value.newColumns).toEqual([]);
    const mismatch = connectByDrag(shop, { sourceTableId: categories.id, sourceColumnId: column(shop, 'categories', 'name').id, targetTableId: table(shop, 'users').id });
    expect(mismatch.ok).toBe(false);
  });

  it('N:M adds a junction table with a composite key of two cascading foreign keys', () => {
    const made = manyToMany(shop, table(shop, 'products').id, table(shop, 'categories').id, {}, counterIds());
    const after = roundTrip(shop, made.ok ? made.value : (null as never));
    const junction = table(after, 'products_categories');
    expect(junction.columns.map((c) => c.name)).toEqual(['products_id', 'categories_id']);
    expect(junction.primaryKey!.columnIds).toEqual(junction.columns.map((c) => c.id));
    expect(junction.junction!.relationshipIds).toHaveLength(2);
    expect(after.relationships.filter((r) => r.fromTableId === junction.id).map((r) => r.onDelete)).toEqual(['CASCADE', 'CASCADE']);
  });

  it('switching a 1:N to N:M replaces the foreign key and its column by a junction table, in one step', () => {
    const rel = shop.relationships.find((r) => r.fromTableId === table(shop, 'products').id)!;
    const made = convertToManyToMany(shop, rel.id, counterIds());
    const after = roundTrip(shop, made.ok ? made.value : (null as never));
    expect(after.relationships.some((r) => r.id === rel.id)).toBe(false);
    expect(table(after, 'products').columns.map((c) => c.name)).not.toContain('category_id');
    expect(table(after, 'products_categories').junction).not.toBeNull();
  });
});

describe('layout, notes, areas, enums', () => {
  it('moves nodes and sets layout flags as one step each', () => {
    const users = table(shop, 'users');
    let doc = roundTrip(shop, { kind: 'moveNodes', positions: { [users.id]: { x: 1, y: 2 } } });
    doc = roundTrip(doc, { kind: 'setNodeLayout', nodes: { [users.id]: { collapsed: true, width: 300 } } });
    expect(doc.layout.nodes[users.id]).toMatchObject({ x: 1, y: 2, collapsed: true, width: 300 });
  });

  it('refuses to delete an enum a column uses', () => {
    const result = applyCommand(shop, { kind: 'deleteEnum', enumId: shop.enums[0]!.id });
    expect(!result.ok && result.error.kind).toBe('in_use');
  });

  it('adds, edits and deletes notes', () => {
    let doc = roundTrip(shop, { kind: 'addNote', note: { id: 'note_1', text: 'hello', color: '#fef08a' }, position: { x: 5, y: 5 } });
    doc = roundTrip(doc, { kind: 'updateNote', noteId: 'note_1', changes: { text: 'bye' } });
    doc = roundTrip(doc, { kind: 'deleteNodes', nodeIds: ['note_1'] });
    expect(doc.notes).toEqual([]);
  });
});

describe('copy and paste', () => {
  it('pastes with fresh ids and _copy names, keeping the foreign keys among the copied tables', () => {
    const ids = [table(shop, 'orders').id, table(shop, 'users').id];
    const clip = readClipboard(JSON.stringify(copyTables(shop, ids)));
    expect(clip.ok).toBe(true);
    const command = pasteCommand(shop, clip.ok ? clip.value : (null as never), { x: 40, y: 40 }, counterIds());
    const after = roundTrip(shop, command);
    expect(command.tables.map((t) => t.name)).toEqual(['users_copy', 'orders_copy']);
    expect(command.relationships).toHaveLength(1);
    expect(command.relationships[0]).toMatchObject({ fromTableId: command.tables[1]!.id, toTableId: command.tables[0]!.id });
    expect(after.enums).toHaveLength(shop.enums.length);
  });

  it('rejects a clipboard that is not Tablecraft JSON', () => {
    expect(readClipboard('hello').ok).toBe(false);
    expect(readClipboard('{"format":"other"}').ok).toBe(false);
  });
});
