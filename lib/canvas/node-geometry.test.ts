import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { tableNodeHandles, tableNodeSize } from './node-geometry';
import { columnHandleId, documentToFlow, TABLE_NODE_WIDTH, type ColumnRow, type TableNodeData } from './to-flow';

function column(id: string, keys: Partial<Pick<ColumnRow, 'primaryKey' | 'foreignKey' | 'unique'>> = {}): ColumnRow {
  return { id, name: id, type: 'text', primaryKey: false, foreignKey: false, notNull: false, unique: false, comment: '', ...keys };
}

function table(overrides: Partial<TableNodeData> = {}): TableNodeData {
  return {
    tableId: 't', name: 't', schema: null, comment: '', junction: false, collapsed: false, indexes: [],
    columns: [column('id', { primaryKey: true }), column('owner_id', { foreignKey: true }), column('note')],
    ...overrides,
  };
}

describe('tableNodeSize', () => {
  it('is a header plus one 28 px row per column in full detail', () => {
    const three = tableNodeSize(table(), 'full');
    const four = tableNodeSize(table({ columns: [...table().columns, column('extra')] }), 'full');
    expect(three.width).toBe(TABLE_NODE_WIDTH);
    expect(four.height - three.height).toBe(28);
    // An empty table still shows its "no columns" row.
    expect(tableNodeSize(table({ columns: [] }), 'full').height).toBe(tableNodeSize(table({ columns: [column('only')] }), 'full').height);
  });

  it('adds the index list, and is the header alone when collapsed', () => {
    const indexed = table({ indexes: [{ id: 'i', name: 'i', method: 'btree', unique: false, partial: false }] });
    expect(tableNodeSize(indexed, 'full').height).toBeGreaterThan(tableNodeSize(table(), 'full').height);
    const collapsed = tableNodeSize(table({ collapsed: true }), 'full').height;
    expect(collapsed).toBeLessThan(tableNodeSize(table(), 'full').height - 3 * 28 + 1);
  });

  it('keeps an outline as big as the full table, so zooming does not change the shapes, but tall enough for its name', () => {
    const wide = table({ columns: Array.from({ length: 12 }, (_, i) => column(`c${i}`)) });
    expect(tableNodeSize(wide, 'outline')).toEqual(tableNodeSize(wide, 'full'));
    expect(tableNodeSize(table({ collapsed: true }), 'outline').height).toBeGreaterThan(tableNodeSize(table({ collapsed: true }), 'full').height);
  });
});

describe('tableNodeHandles', () => {
  it('puts a handle on both sides of every column row in full detail, one row apart, plus the drop target', () => {
    const handles = tableNodeHandles(table(), 'full');
    const left = handles.filter((h) => h.position === 'left');
    const right = handles.filter((h) => h.position === 'right');
    expect(left.map((h) => h.id)).toEqual(['id', 'owner_id', 'note'].map((id) => columnHandleId(id, 'left')));
    expect(right.map((h) => h.id)).toEqual(['id', 'owner_id', 'note'].map((id) => columnHandleId(id, 'right')));
    expect(left[1]!.y - left[0]!.y).toBe(28);
    expect(right[0]!.x).toBeGreaterThan(TABLE_NODE_WIDTH - 12);
    expect(left[0]!.x).toBeLessThan(2);
    expect(handles.filter((h) => h.type === 'target').map((h) => h.id)).toEqual(['table']);
  });

  it('keeps only key columns, on the header, for an outline or a collapsed table', () => {
    for (const handles of [tableNodeHandles(table(), 'outline'), tableNodeHandles(table({ collapsed: true }), 'full')]) {
      const columns = handles.filter((h) => h.type === 'source');
      expect(columns.map((h) => h.id)).toEqual(['id:left', 'id:right', 'owner_id:left', 'owner_id:right']);
      expect(new Set(columns.map((h) => h.y)).size).toBe(1);
      expect(columns[0]!.y).toBeLessThan(33);
    }
  });

  it('declares a handle for both ends of every edge of a real diagram, at every detail', () => {
    const { nodes, edges } = documentToFlow(ecommerceTemplate());
    for (const detail of ['full', 'outline'] as const) {
      const ids = new Map(nodes.map((n) => [n.id, new Set(tableNodeHandles(n.data, detail).map((h) => h.id))]));
      for (const edge of edges) {
        expect(ids.get(edge.source)!.has(edge.sourceHandle), `${detail} ${edge.sourceHandle}`).toBe(true);
        expect(ids.get(edge.target)!.has(edge.targetHandle), `${detail} ${edge.targetHandle}`).toBe(true);
      }
    }
  });
});
