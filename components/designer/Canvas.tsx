'use client';

import '@xyflow/react/dist/style.css';
import {
  Background, BackgroundVariant, ConnectionMode, Controls, MarkerType, MiniMap, Panel, ReactFlow, useReactFlow,
  type Edge, type NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { documentToFlow, TABLE_NODE_WIDTH } from '@/lib/canvas/to-flow';
import { useDesigner, useDesignerStore } from '@/lib/client/designer/context';
import { Button } from '../ui/Button';
import { PlusIcon } from '../ui/icons';
import { TableNode, type TableNodeType } from './TableNode';

const NODE_TYPES = { table: TableNode };
const NEW_TABLE_SIZE = { width: TABLE_NODE_WIDTH, height: 60 };
/** Below this many tables the whole diagram fits on screen and a minimap only hides part of it. */
const MINIMAP_FROM_TABLES = 16;

/**
 * View-only state React Flow needs between renders: measured sizes, and the
 * position of a table while it is being dragged (the document hears about a drag
 * once, when it ends).
 */
interface ViewState {
  measured: Record<string, { width: number; height: number }>;
  dragging: Record<string, { x: number; y: number }>;
}

export function Canvas() {
  const document = useDesigner((s) => s.document);
  const selectedTableId = useDesigner((s) => s.selectedTableId);
  const store = useDesignerStore();
  const flow = useMemo(() => documentToFlow(document, selectedTableId), [document, selectedTableId]);
  const [view, setView] = useState<ViewState>({ measured: {}, dragging: {} });

  const nodes = useMemo(
    () => flow.nodes.map((node): TableNodeType => ({
      ...node,
      position: view.dragging[node.id] ?? node.position,
      measured: view.measured[node.id],
    })),
    [flow.nodes, view],
  );
  const edges = useMemo(
    () => flow.edges.map((edge): Edge => ({
      ...edge,
      markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: '#a1a1aa' },
    })),
    [flow.edges],
  );

  const onNodesChange = useCallback((changes: NodeChange<TableNodeType>[]) => {
    const measured: ViewState['measured'] = {};
    const dragging: ViewState['dragging'] = {};
    const finished: string[] = [];
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) measured[change.id] = change.dimensions;
      if (change.type === 'position' && change.position) {
        if (change.dragging) dragging[change.id] = change.position;
        else {
          store.getState().moveTable(change.id, roundPosition(change.position));
          finished.push(change.id);
        }
      }
      if (change.type === 'select') {
        const { selectedTableId: current, selectTable } = store.getState();
        if (change.selected) selectTable(change.id);
        else if (current === change.id) selectTable(null);
      }
    }
    if (Object.keys(measured).length === 0 && Object.keys(dragging).length === 0 && finished.length === 0) return;
    setView((previous) => {
      const nextDragging = { ...previous.dragging, ...dragging };
      for (const id of finished) delete nextDragging[id];
      return { measured: { ...previous.measured, ...measured }, dragging: nextDragging };
    });
  }, [store]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      connectionMode={ConnectionMode.Loose}
      nodesConnectable={false}
      deleteKeyCode={null}
      fitView
      fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
      minZoom={0.1}
      proOptions={{ hideAttribution: true }}
      className="bg-zinc-50 dark:bg-zinc-950"
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1} color="#d4d4d8" />
      <Controls showInteractive={false} position="bottom-left" />
      {document.tables.length >= MINIMAP_FROM_TABLES && (
        <MiniMap pannable zoomable position="bottom-right" nodeColor="#c7d2fe" maskColor="rgb(244 244 245 / 0.7)" />
      )}
      <Panel position="top-left">
        <AddTableButton />
      </Panel>
      {document.tables.length === 0 && (
        <Panel position="top-center">
          <p className="mt-24 rounded-lg bg-white/80 px-4 py-2 text-zinc-500 shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900/80 dark:ring-zinc-800">
            This diagram is empty. Add a table to start.
          </p>
        </Panel>
      )}
    </ReactFlow>
  );
}

function AddTableButton() {
  const { screenToFlowPosition } = useReactFlow();
  const addTable = useDesigner((s) => s.addTable);
  const anchor = useRef<HTMLDivElement>(null);

  const add = () => {
    // Place the new table in the middle of what the person is looking at.
    const pane = anchor.current?.closest('.react-flow')?.getBoundingClientRect();
    const centre = pane
      ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    addTable(roundPosition({ x: centre.x - NEW_TABLE_SIZE.width / 2, y: centre.y - NEW_TABLE_SIZE.height / 2 }));
  };

  return (
    <div ref={anchor}>
      <Button variant="primary" size="sm" onClick={add}>
        <PlusIcon /> Add table
      </Button>
    </div>
  );
}

function roundPosition(position: { x: number; y: number }) {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}
