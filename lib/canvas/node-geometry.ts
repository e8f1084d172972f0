import { columnHandleId, TABLE_NODE_WIDTH, type TableNodeData } from './to-flow';

/**
 * The size and connection points of a table node as the canvas draws it,
 * computed from its data instead of measured in the DOM. React Flow renders a
 * node it has never measured even when it is off screen (it cannot know where
 * its handles are); declaring them lets it render only what is visible from the
 * first frame on, draw edges to tables it never rendered, and show unrendered
 * tables in the minimap. Once a node is measured, the measurement wins.
 *
 * The numbers follow components/designer/TableNode.tsx, TableOutline.tsx and
 * HeaderHandles.tsx (borders, paddings, row heights); a few pixels off only
 * shifts an edge end until the node is first drawn.
 */
export type NodeDetail = 'full' | 'outline';

/** Structurally React Flow's `NodeHandle` (this folder does not import React Flow). */
export type DeclaredHandle = {
  id: string;
  type: 'source' | 'target';
  position: 'left' | 'right' | 'top';
  x: number;
  y: number;
  width: number;
  height: number;
};

export type Size = { width: number; height: number };

const BORDER = 1;
const HEADER_HEIGHT = 33;
const ROW_HEIGHT = 28;
/** The index list: border, padding, and one 10 px line (line height 4/3) per index. */
const INDEX_LIST_CHROME = 9;
const INDEX_LINE_HEIGHT = 40 / 3;
const OUTLINE_BORDER = 2;
/** An outline is as tall as the full table (zooming keeps the boxes' shapes), but never shorter than its name line. */
const OUTLINE_MIN_HEIGHT = 60;
/** Column handles (TableNode's HANDLE_STYLE): 9 px, 3 px in from each side of the row. */
const ROW_HANDLE = 9;
const ROW_HANDLE_INSET = 3;
/** Header handles (HeaderHandles): 6 px, centred on the sides of a 32 px strip. */
const HEADER_HANDLE = 6;
const HEADER_STRIP = 32;
const DROP_TARGET = 6;

/** The drawn size of a table node at the given detail. */
export function tableNodeSize(data: TableNodeData, detail: NodeDetail): Size {
  if (detail === 'outline') return { width: TABLE_NODE_WIDTH, height: Math.max(OUTLINE_MIN_HEIGHT, tableNodeSize(data, 'full').height) };
  if (data.collapsed) return { width: TABLE_NODE_WIDTH, height: 2 * BORDER + HEADER_HEIGHT };
  const rows = ROW_HEIGHT * Math.max(1, data.columns.length);
  const indexes = data.indexes.length > 0 ? INDEX_LIST_CHROME + INDEX_LINE_HEIGHT * data.indexes.length : 0;
  return { width: TABLE_NODE_WIDTH, height: Math.round(2 * BORDER + HEADER_HEIGHT + rows + indexes) };
}

/** Where the node's connection points are, relative to its top-left corner. */
export function tableNodeHandles(data: TableNodeData, detail: NodeDetail): DeclaredHandle[] {
  if (detail === 'outline') return headerHandles(data, OUTLINE_BORDER);
  const dropTarget: DeclaredHandle = {
    id: 'table', type: 'target', position: 'top',
    x: TABLE_NODE_WIDTH / 2 - DROP_TARGET / 2, y: BORDER - DROP_TARGET / 2, width: DROP_TARGET, height: DROP_TARGET,
  };
  if (data.collapsed) return [...headerHandles(data, BORDER), dropTarget];
  const [left, right] = [BORDER + ROW_HANDLE_INSET - ROW_HANDLE / 2, TABLE_NODE_WIDTH - BORDER - ROW_HANDLE_INSET - ROW_HANDLE / 2];
  const rows = data.columns.flatMap((column, i): DeclaredHandle[] => {
    const y = BORDER + HEADER_HEIGHT + ROW_HEIGHT * i + ROW_HEIGHT / 2 - ROW_HANDLE / 2;
    return [
      { id: columnHandleId(column.id, 'left'), type: 'source', position: 'left', x: left, y, width: ROW_HANDLE, height: ROW_HANDLE },
      { id: columnHandleId(column.id, 'right'), type: 'source', position: 'right', x: right, y, width: ROW_HANDLE, height: ROW_HANDLE },
    ];
  });
  return [...rows, dropTarget];
}

/** Key columns only, on the header: a foreign key starts at an FK column and ends at a key column. */
function headerHandles(data: TableNodeData, border: number): DeclaredHandle[] {
  const y = border + HEADER_STRIP / 2 - HEADER_HANDLE / 2;
  const [left, right] = [border - HEADER_HANDLE / 2, TABLE_NODE_WIDTH - border - HEADER_HANDLE / 2];
  return data.columns
    .filter((c) => c.primaryKey || c.foreignKey || c.unique)
    .flatMap((column): DeclaredHandle[] => [
      { id: columnHandleId(column.id, 'left'), type: 'source', position: 'left', x: left, y, width: HEADER_HANDLE, height: HEADER_HANDLE },
      { id: columnHandleId(column.id, 'right'), type: 'source', position: 'right', x: right, y, width: HEADER_HANDLE, height: HEADER_HANDLE },
    ]);
}
