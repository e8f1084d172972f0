'use client';

import type { Node } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { createNodeDecorator, type CanvasFlowNode } from '@/lib/canvas/decorate-nodes';
import type { Detail } from '@/lib/canvas/level-of-detail';
import { tableNodeSize } from '@/lib/canvas/node-geometry';
import { overviewScene, type OverviewScene, type OverviewTable } from '@/lib/canvas/overview';
import type { FlowGraph, TableFlowNode } from '@/lib/canvas/to-flow';
import type { Position } from '@/lib/editor/command';
import type { RelationshipEdgeType } from '../edges/RelationshipEdge';
import { useStableList } from '../navigation/use-stable-list';

type Size = { width: number; height: number };

export interface CanvasElements {
  /** For React Flow. In the overview, table nodes are hidden (React Flow keeps them, draws nothing). */
  nodes: Node[];
  edges: RelationshipEdgeType[];
  /** What the overview layer draws; null unless zoomed out that far. */
  scene: OverviewScene | null;
  /** Tables hidden by the document or the view (focus mode), not by the level of detail. */
  hiddenTables: ReadonlySet<string>;
}

/**
 * The canvas's nodes, edges and overview for the current level of detail.
 * Nodes computed from the document keep their identity while unchanged
 * (structural comparison, once per document or selection change); the per-frame
 * inputs (drag positions, measured sizes) then touch only the nodes they name.
 * Edges do not depend on drag positions at all, so a drag tick does not re-run them.
 */
export function useCanvasElements({ flow, dragPositions, measured, hiddenByView, detail }: {
  flow: FlowGraph;
  dragPositions: Readonly<Record<string, Position>>;
  measured: Readonly<Record<string, Size>>;
  hiddenByView: ReadonlySet<string> | null;
  detail: Detail;
}): CanvasElements {
  const stableFlowNodes = useStableList<CanvasFlowNode>();
  const stableEdges = useStableList<RelationshipEdgeType>();
  const [decorate] = useState(createNodeDecorator);
  const overview = detail === 'overview';
  const nodeDetail = detail === 'full' ? 'full' : 'outline';

  const flowNodes = useMemo(() => stableFlowNodes([...flow.areas, ...flow.nodes, ...flow.notes]), [flow, stableFlowNodes]);
  const hiddenTables = useMemo(
    () => new Set(flow.nodes.filter((n) => n.hidden || (hiddenByView?.has(n.id) ?? false)).map((n) => n.id)),
    [flow.nodes, hiddenByView],
  );
  const nodes = useMemo(() => decorate(flowNodes, (node) => ({
    position: dragPositions[node.id] ?? node.position,
    measured: measured[node.id],
    hidden: (hiddenByView?.has(node.id) ?? false) || (overview && node.type === 'table'),
    detail: nodeDetail,
  })) as Node[], [decorate, flowNodes, dragPositions, measured, hiddenByView, overview, nodeDetail]);
  // An edge to a hidden table would dangle: React Flow still draws it if the table was measured before.
  const edges = useMemo(() => stableEdges(flow.edges.map((edge): RelationshipEdgeType => ({
    ...edge, hidden: overview || hiddenTables.has(edge.source) || hiddenTables.has(edge.target),
  }))), [flow.edges, hiddenTables, overview, stableEdges]);
  const scene = useMemo(() => {
    if (!overview) return null;
    const tables = flowNodes
      .filter((n): n is TableFlowNode => n.type === 'table' && !hiddenTables.has(n.id))
      .map(overviewTable);
    return overviewScene(tables, flow.edges);
  }, [overview, flowNodes, hiddenTables, flow.edges]);
  return { nodes, edges, scene, hiddenTables };
}

/** Drawn at its full-detail size, so a box is as big as the table will be when zoomed in. */
function overviewTable(node: TableFlowNode): OverviewTable {
  const { data } = node;
  return {
    id: node.id, name: data.schema ? `${data.schema}.${data.name}` : data.name, ...node.position, ...tableNodeSize(data, 'full'),
    selected: node.selected, junction: data.junction,
  };
}
