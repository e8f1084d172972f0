import { TABLE_NODE_WIDTH } from '../canvas/to-flow';
import type { Table } from '../model/table';

export type Size = { width: number; height: number };

/** The table node's header and row heights, as drawn by the canvas (px). */
const HEADER_HEIGHT = 34;
const ROW_HEIGHT = 28;

/**
 * The size a table node will have on the canvas, from its column count. Used
 * before React Flow has measured a node (a 500-table diagram that was never
 * fully rendered) and in tests; measured sizes win when the caller has them.
 */
export function estimatedTableSize(table: Pick<Table, 'columns'>): Size {
  return { width: TABLE_NODE_WIDTH, height: HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, table.columns.length) + 2 };
}
