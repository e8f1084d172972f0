import { tableNodeSize, type Size } from './node-geometry';
import type { FlowGraph } from './to-flow';
import { boundsOf, type Rect } from './viewport';

/** A note's usual size (NoteNode is 14 rem wide; its height follows the text). */
export const NOTE_SIZE: Size = { width: 224, height: 80 };

/** Enough of a React Flow node to know where it is and how big. */
export interface BoxedNode {
  type?: string;
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
  initialWidth?: number;
  initialHeight?: number;
  style?: { width?: unknown; height?: unknown };
}

/** Measured once drawn; until then declared (tables), styled (areas) or a note's usual size. */
export function nodeBox(node: BoxedNode): Rect {
  const fallback = node.type === 'note' ? NOTE_SIZE : { width: 0, height: 0 };
  const width = node.measured?.width ?? node.initialWidth ?? numberOr(node.style?.width, fallback.width);
  const height = node.measured?.height ?? node.initialHeight ?? numberOr(node.style?.height, fallback.height);
  return { x: node.position.x, y: node.position.y, width, height };
}

/** Where everything shown on the canvas is, from the document's layout alone (nothing has been drawn yet). */
export function graphBounds(graph: FlowGraph, hidden: (id: string) => boolean): Rect | null {
  const boxes = [
    ...graph.nodes.filter((n) => !n.hidden && !hidden(n.id)).map((n) => ({ ...n.position, ...tableNodeSize(n.data, 'full') })),
    ...graph.areas.filter((n) => !n.hidden).map((n) => ({ ...n.position, ...n.style })),
    ...graph.notes.filter((n) => !n.hidden).map((n) => ({ ...n.position, ...NOTE_SIZE })),
  ];
  return boundsOf(boxes);
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
