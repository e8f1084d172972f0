import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid } from '../doc';
import { placeNode } from './move-nodes';

/** Adds a coloured area of a given size; its `tableIds` are the tables that move with it. */
export function addArea(doc: DiagramDocument, cmd: CommandOf<'addArea'>): StepResult {
  if (doc.areas.some((a) => a.id === cmd.area.id)) return invalid(`an area with id "${cmd.area.id}" already exists`);
  const placed = placeNode({ ...doc, areas: [...doc.areas, cmd.area] }, cmd.area.id, cmd.position);
  const node = { ...placed.layout.nodes[cmd.area.id]!, ...cmd.size };
  return ok({ ...placed, layout: { ...placed.layout, nodes: { ...placed.layout.nodes, [cmd.area.id]: node } } });
}
