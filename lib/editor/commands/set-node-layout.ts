import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound, patchObject } from '../doc';
import { isNode } from './move-nodes';

/**
 * Hides, collapses or resizes nodes. A node that has never been placed gets a
 * layout entry at the origin only if it is changed (the canvas places such nodes on a grid).
 */
export function setNodeLayout(doc: DiagramDocument, cmd: CommandOf<'setNodeLayout'>): StepResult {
  const missing = Object.keys(cmd.nodes).find((id) => !isNode(doc, id));
  if (missing !== undefined) return notFound(`there is no table, note or area with id "${missing}" in this diagram`);
  let nodes: DiagramDocument['layout']['nodes'] | null = null;
  for (const [id, changes] of Object.entries(cmd.nodes)) {
    const current = doc.layout.nodes[id] ?? { x: 0, y: 0, width: null, height: null, collapsed: false, hidden: false };
    const next = patchObject(current, changes);
    if (next === doc.layout.nodes[id] || (!doc.layout.nodes[id] && next === current)) continue;
    nodes ??= { ...doc.layout.nodes };
    nodes[id] = next;
  }
  return ok(nodes ? { ...doc, layout: { ...doc.layout, nodes } } : doc);
}
