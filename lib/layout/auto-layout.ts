import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { DiagramDocument } from '../model/document';
import { estimatedTableSize, type Size } from './node-size';

export type Position = { x: number; y: number };

export interface AutoLayoutOptions {
  /** Sizes React Flow measured, by table id; tables without one get an estimate from their column count. */
  measured?: Readonly<Record<string, Size | undefined>>;
  /** Parents first, children to their right (default) or below. */
  direction?: 'RIGHT' | 'DOWN';
}

export interface AutoLayoutResult {
  /** Top-left corner of every table, and of every area that holds tables. */
  positions: Record<string, Position>;
  /** The new size of each area, so it encloses its tables. */
  areaSizes: Record<string, Size>;
}

const AREA_PADDING = { top: 48, side: 24 };

/**
 * Lays the diagram out with ELK's layered algorithm. Foreign keys are edges from
 * the referenced (parent) table to the referencing (child) one, so parents land
 * in earlier layers; tables of an area are laid out inside it (a compound node).
 * ELK is deterministic for the same graph and this builds the graph in document
 * order, so the same document always gives the same positions.
 */
export async function autoLayout(doc: DiagramDocument, options: AutoLayoutOptions = {}): Promise<AutoLayoutResult> {
  const graph = elkGraph(doc, options);
  const laidOut = await new ELK().layout(graph);
  const positions: Record<string, Position> = {};
  const areaSizes: Record<string, Size> = {};
  const areaIds = new Set(doc.areas.map((a) => a.id));
  const visit = (node: ElkNode, offset: Position) => {
    const at = { x: offset.x + (node.x ?? 0), y: offset.y + (node.y ?? 0) };
    positions[node.id] = { x: Math.round(at.x), y: Math.round(at.y) };
    if (areaIds.has(node.id)) areaSizes[node.id] = { width: Math.round(node.width ?? 0), height: Math.round(node.height ?? 0) };
    for (const child of node.children ?? []) visit(child, at);
  };
  for (const node of laidOut.children ?? []) visit(node, { x: 0, y: 0 });
  return { positions, areaSizes };
}

function elkGraph(doc: DiagramDocument, options: AutoLayoutOptions): ElkNode {
  const tableIds = new Set(doc.tables.map((t) => t.id));
  // A table listed in two areas goes in the first: a compound node has one parent.
  const areaOf = new Map<string, string>();
  for (const area of doc.areas) for (const id of area.tableIds) if (tableIds.has(id) && !areaOf.has(id)) areaOf.set(id, area.id);

  const tableNode = (table: DiagramDocument['tables'][number]): ElkNode => {
    const size = options.measured?.[table.id] ?? estimatedTableSize(table);
    return { id: table.id, width: size.width, height: size.height };
  };
  const areaChildren = new Map<string, ElkNode[]>();
  const topLevel: ElkNode[] = [];
  for (const table of doc.tables) {
    const area = areaOf.get(table.id);
    if (area === undefined) topLevel.push(tableNode(table));
    else areaChildren.set(area, [...(areaChildren.get(area) ?? []), tableNode(table)]);
  }
  for (const area of doc.areas) {
    const children = areaChildren.get(area.id);
    if (!children) continue;
    topLevel.push({
      id: area.id,
      children,
      layoutOptions: { 'elk.padding': `[top=${AREA_PADDING.top},left=${AREA_PADDING.side},bottom=${AREA_PADDING.side},right=${AREA_PADDING.side}]` },
    });
  }

  const seen = new Set<string>();
  const edges: ElkExtendedEdge[] = [];
  for (const rel of doc.relationships) {
    // Self-references do not order layers; two foreign keys between the same pair pull no harder than one.
    if (rel.fromTableId === rel.toTableId || !tableIds.has(rel.fromTableId) || !tableIds.has(rel.toTableId)) continue;
    const pair = `${rel.toTableId}>${rel.fromTableId}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    edges.push({ id: rel.id, sources: [rel.toTableId], targets: [rel.fromTableId] });
  }

  return {
    id: '__root__',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction ?? 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '110',
      'elk.spacing.componentComponent': '80',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.randomSeed': '1',
    },
    children: topLevel,
    edges,
  };
}
