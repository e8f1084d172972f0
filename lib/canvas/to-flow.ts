import type { DiagramDocument } from '../model/document';
import type { Relationship } from '../model/relationship';
import type { Table } from '../model/table';
import { formatColumnType, schemaLabel } from './format-type';

/**
 * React Flow nodes and edges computed from a diagram document. The shapes are
 * declared here (structurally compatible with React Flow's `Node` and `Edge`) so
 * this folder stays free of React; the canvas component passes them straight in.
 */
export type ColumnRow = {
  id: string;
  name: string;
  type: string;
  primaryKey: boolean;
  foreignKey: boolean;
  notNull: boolean;
  /** In a single-column unique constraint or unique index. */
  unique: boolean;
  comment: string;
};

/** An index as the node lists it: `gin`, partial, unique. */
export type IndexLine = { id: string; name: string; method: string; unique: boolean; partial: boolean };

export type TableNodeData = {
  tableId: string;
  name: string;
  /** Set when the table lives outside `public`. */
  schema: string | null;
  comment: string;
  columns: ColumnRow[];
  indexes: IndexLine[];
  /** Drawn as its header only (big tables). */
  collapsed: boolean;
  /** The junction table of an N:M relationship. */
  junction: boolean;
};

export type NoteFlowNode = {
  id: string;
  type: 'note';
  position: { x: number; y: number };
  data: { noteId: string; text: string; color: string };
  selected: boolean;
  hidden: boolean;
};

/** Areas sit behind tables (zIndex), sized by their layout. */
export type AreaFlowNode = {
  id: string;
  type: 'area';
  position: { x: number; y: number };
  data: { areaId: string; name: string; color: string; tableIds: string[] };
  style: { width: number; height: number };
  zIndex: number;
  selected: boolean;
  hidden: boolean;
};

export interface CanvasSelection {
  nodeIds: readonly string[];
  edgeId: string | null;
}

export type TableFlowNode = {
  id: string;
  type: 'table';
  position: { x: number; y: number };
  data: TableNodeData;
  selected: boolean;
  hidden: boolean;
};

export type HandleSide = 'left' | 'right';

export type RelationshipFlowEdge = {
  id: string;
  type: 'relationship';
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
  selected: boolean;
  data: { cardinality: Relationship['cardinality']; optional: boolean };
};

export interface FlowGraph {
  /** Tables only; notes and areas are separate so code that walks tables need not filter. */
  nodes: TableFlowNode[];
  edges: RelationshipFlowEdge[];
  notes: NoteFlowNode[];
  areas: AreaFlowNode[];
}

export const DEFAULT_AREA_SIZE = { width: 480, height: 320 } as const;

/** The drawn width of a table node; the canvas component uses the same number. */
export const TABLE_NODE_WIDTH = 250;

/** Where tables without a stored position go: a grid below the placed ones. */
export const FALLBACK_GRID = { columns: 4, cellWidth: 320, cellHeight: 320 } as const;

/** The id of the connection point on one side of a column row. */
export function columnHandleId(columnId: string, side: HandleSide): string {
  return `${columnId}:${side}`;
}

/**
 * One pure function from document (and selection) to the canvas graph, so the
 * canvas never holds a second copy of the schema that could drift from it.
 */
export function documentToFlow(doc: DiagramDocument, selection: string | null | CanvasSelection = null): FlowGraph {
  const selected = new Set(typeof selection === 'string' ? [selection] : selection === null ? [] : selection.nodeIds);
  const selectedEdge = typeof selection === 'object' && selection !== null ? selection.edgeId : null;
  const positions = tablePositions(doc);
  const foreignKeyColumns = new Set(doc.relationships.flatMap((r) => r.fromColumnIds));
  const nodes = doc.tables.map((table): TableFlowNode => ({
    id: table.id,
    type: 'table',
    position: positions.get(table.id)!,
    data: tableNodeData(doc, table, foreignKeyColumns),
    selected: selected.has(table.id),
    hidden: doc.layout.nodes[table.id]?.hidden ?? false,
  }));
  const edges = doc.relationships.flatMap((rel) => relationshipEdge(doc, rel, positions, rel.id === selectedEdge));
  const notes = doc.notes.map((note, i): NoteFlowNode => ({
    id: note.id, type: 'note', position: storedOr(doc, note.id, { x: -300, y: i * 160 }),
    data: { noteId: note.id, text: note.text, color: note.color }, selected: selected.has(note.id), hidden: doc.layout.nodes[note.id]?.hidden ?? false,
  }));
  const areas = doc.areas.map((area, i): AreaFlowNode => {
    const layout = doc.layout.nodes[area.id];
    return {
      id: area.id, type: 'area', position: storedOr(doc, area.id, { x: -600, y: i * 400 }),
      data: { areaId: area.id, name: area.name, color: area.color, tableIds: area.tableIds },
      style: { width: layout?.width ?? DEFAULT_AREA_SIZE.width, height: layout?.height ?? DEFAULT_AREA_SIZE.height },
      zIndex: -1, selected: selected.has(area.id), hidden: layout?.hidden ?? false,
    };
  });
  return { nodes, edges, notes, areas };
}

function storedOr(doc: DiagramDocument, id: string, fallback: { x: number; y: number }) {
  const stored = doc.layout.nodes[id];
  return stored ? { x: stored.x, y: stored.y } : fallback;
}

function tableNodeData(doc: DiagramDocument, table: Table, foreignKeyColumns: ReadonlySet<string>): TableNodeData {
  const primaryKey = new Set(table.primaryKey?.columnIds ?? []);
  const unique = new Set([
    ...table.uniques.filter((u) => u.columnIds.length === 1).map((u) => u.columnIds[0]!),
    ...table.indexes.filter((i) => i.unique && i.keys.length === 1 && i.where === null).flatMap((i) => (i.keys[0]!.columnId ? [i.keys[0]!.columnId] : [])),
  ]);
  return {
    tableId: table.id,
    name: table.name,
    schema: schemaLabel(doc, table.schemaId),
    comment: table.comment,
    columns: table.columns.map((column) => ({
      id: column.id,
      name: column.name,
      type: formatColumnType(doc, column.type),
      primaryKey: primaryKey.has(column.id),
      foreignKey: foreignKeyColumns.has(column.id),
      notNull: !column.nullable,
      unique: unique.has(column.id),
      comment: column.comment,
    })),
    indexes: table.indexes.map((i) => ({ id: i.id, name: i.name, method: i.method, unique: i.unique, partial: i.where !== null })),
    collapsed: doc.layout.nodes[table.id]?.collapsed ?? false,
    junction: table.junction !== null,
  };
}

function relationshipEdge(
  doc: DiagramDocument,
  rel: Relationship,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  selected: boolean,
): RelationshipFlowEdge[] {
  const from = positions.get(rel.fromTableId);
  const to = positions.get(rel.toTableId);
  const fromColumn = rel.fromColumnIds[0];
  const toColumn = rel.toColumnIds[0];
  // A relationship that points at a missing table is a document problem the
  // validator reports; the canvas just leaves the edge out.
  if (!from || !to || fromColumn === undefined || toColumn === undefined) return [];
  const [sourceSide, targetSide] = handleSides(rel.fromTableId === rel.toTableId, from.x, to.x);
  const fromTable = doc.tables.find((t) => t.id === rel.fromTableId);
  const optional = rel.fromColumnIds.some((id) => fromTable?.columns.find((c) => c.id === id)?.nullable ?? true);
  return [{
    id: rel.id,
    type: 'relationship',
    selected,
    source: rel.fromTableId,
    target: rel.toTableId,
    sourceHandle: columnHandleId(fromColumn, sourceSide),
    targetHandle: columnHandleId(toColumn, targetSide),
    data: { cardinality: rel.cardinality, optional },
  }];
}

/**
 * Leave the child on the side that faces the parent. When the two overlap
 * horizontally (stacked, or a self-reference) no side faces the other, so the
 * edge loops out and back on the right.
 */
function handleSides(selfReference: boolean, fromX: number, toX: number): [HandleSide, HandleSide] {
  if (selfReference || Math.abs(toX - fromX) < TABLE_NODE_WIDTH) return ['right', 'right'];
  return toX > fromX ? ['right', 'left'] : ['left', 'right'];
}

function tablePositions(doc: DiagramDocument): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const unplaced: Table[] = [];
  for (const table of doc.tables) {
    const stored = doc.layout.nodes[table.id];
    if (stored) positions.set(table.id, { x: stored.x, y: stored.y });
    else unplaced.push(table);
  }
  const top = positions.size === 0 ? 0 : Math.max(...[...positions.values()].map((p) => p.y)) + FALLBACK_GRID.cellHeight;
  unplaced.forEach((table, i) => {
    positions.set(table.id, {
      x: (i % FALLBACK_GRID.columns) * FALLBACK_GRID.cellWidth,
      y: top + Math.floor(i / FALLBACK_GRID.columns) * FALLBACK_GRID.cellHeight,
    });
  });
  return positions;
}
