import { tableNodeHandles, tableNodeSize, type DeclaredHandle, type NodeDetail, type Size } from './node-geometry';
import type { AreaFlowNode, NoteFlowNode, TableFlowNode } from './to-flow';

export type CanvasFlowNode = TableFlowNode | NoteFlowNode | AreaFlowNode;

/** What the canvas adds to a node computed from the document: where it is while dragged, its size, whether it shows. */
export interface NodeDecoration {
  position: { x: number; y: number };
  /** As React Flow last measured it; undefined until the node was drawn once. */
  measured: Size | undefined;
  hidden: boolean;
  /** The detail its declared geometry is for (only used while a table is unmeasured). */
  detail: NodeDetail;
}

/** Structurally a React Flow node: `initialWidth`/`initialHeight`/`handles` are declared until it is measured. */
export type DecoratedNode = CanvasFlowNode & {
  measured?: Size;
  initialWidth?: number;
  initialHeight?: number;
  handles?: DeclaredHandle[];
};

type Entry = { node: CanvasFlowNode; decoration: NodeDecoration; detail: NodeDetail | null; out: DecoratedNode };

/**
 * Decorates the canvas nodes, keeping the previous object for every node whose
 * inputs did not change: React Flow compares nodes by reference, so a drag tick
 * makes one new node object (the dragged one) instead of 500, and nothing is
 * deep-compared on the way. Returns the previous array itself when nothing changed.
 */
export function createNodeDecorator(): (nodes: readonly CanvasFlowNode[], decorationOf: (node: CanvasFlowNode) => NodeDecoration) => DecoratedNode[] {
  let entries = new Map<string, Entry>();
  let list: DecoratedNode[] = [];
  return (nodes, decorationOf) => {
    const next = new Map<string, Entry>();
    let changed = nodes.length !== list.length;
    const out = nodes.map((node, i) => {
      const decoration = decorationOf(node);
      // A measured node, a note or an area does not depend on the detail: a zoom across a threshold leaves it alone.
      const detail = node.type === 'table' && !decoration.measured ? decoration.detail : null;
      const old = entries.get(node.id);
      const kept = old !== undefined && old.node === node && old.detail === detail && sameDecoration(old.decoration, decoration);
      const decorated = kept ? old.out : decorate(node, decoration, detail);
      next.set(node.id, { node, decoration, detail, out: decorated });
      if (list[i] !== decorated) changed = true;
      return decorated;
    });
    entries = next;
    if (changed) list = out;
    return list;
  };
}

function decorate(node: CanvasFlowNode, { position, measured, hidden }: NodeDecoration, detail: NodeDetail | null): DecoratedNode {
  const decorated: DecoratedNode = { ...node, position, measured, hidden: node.hidden || hidden };
  if (node.type !== 'table' || detail === null) return decorated;
  const size = tableNodeSize(node.data, detail);
  return { ...decorated, initialWidth: size.width, initialHeight: size.height, handles: tableNodeHandles(node.data, detail) };
}

function sameDecoration(a: NodeDecoration, b: NodeDecoration): boolean {
  return a.position.x === b.position.x && a.position.y === b.position.y && a.hidden === b.hidden &&
    a.measured?.width === b.measured?.width && a.measured?.height === b.measured?.height;
}
