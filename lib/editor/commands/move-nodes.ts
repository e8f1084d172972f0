import type { NodeLayout } from '../../model/canvas';
import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, Position, StepResult } from '../command';
import { notFound } from '../doc';

const DEFAULT_NODE: Omit<NodeLayout, 'x' | 'y'> = { width: null, height: null, collapsed: false, hidden: false };

/**
 * Moves tables, notes and areas. One finished drag (of any number of nodes) or one
 * auto-layout is one command, so it is one undo step.
 */
export function moveNodes(doc: DiagramDocument, cmd: CommandOf<'moveNodes'>): StepResult {
  const missing = Object.keys(cmd.positions).find((id) => !isNode(doc, id));
  if (missing !== undefined) return notFound(`there is no table, note or area with id "${missing}" in this diagram`);
  let nodes: DiagramDocument['layout']['nodes'] | null = null;
  for (const [id, { x, y }] of Object.entries(cmd.positions)) {
    const current = doc.layout.nodes[id];
    if (current && current.x === x && current.y === y) continue;
    nodes ??= { ...doc.layout.nodes };
    nodes[id] = { ...DEFAULT_NODE, ...current, x, y };
  }
  return ok(nodes ? { ...doc, layout: { ...doc.layout, nodes } } : doc);
}

/** Sets a node's position, keeping its other layout (used by the commands that add nodes). */
export function placeNode(doc: DiagramDocument, id: string, { x, y }: Position): DiagramDocument {
  const node = { ...DEFAULT_NODE, ...doc.layout.nodes[id], x, y };
  return { ...doc, layout: { ...doc.layout, nodes: { ...doc.layout.nodes, [id]: node } } };
}

export function isNode(doc: DiagramDocument, id: string): boolean {
  return doc.tables.some((t) => t.id === id) || doc.notes.some((n) => n.id === id) || doc.areas.some((a) => a.id === id);
}
