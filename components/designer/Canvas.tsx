'use client';

import '@xyflow/react/dist/style.css';
import {
  Background, BackgroundVariant, ConnectionMode, Controls, Panel, ReactFlow, useReactFlow,
  type Connection, type EdgeChange, type FinalConnectionState, type NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { graphBounds } from '@/lib/canvas/content-bounds';
import { freePosition } from '@/lib/canvas/free-position';
import { DEFAULT_AREA_SIZE, documentToFlow, TABLE_NODE_WIDTH } from '@/lib/canvas/to-flow';
import { CANVAS_FIT, fitViewport, type Viewport } from '@/lib/canvas/viewport';
import type { Position } from '@/lib/editor/command';
import { connectByDrag } from '@/lib/editor/factories/connect';
import { newId } from '@/lib/model/ids';
import { useDesigner, useDesignerStore, useReadOnly } from '@/lib/client/designer/context';
import { useEditingShortcuts } from '@/lib/client/designer/use-editing-shortcuts';
import { Button } from '../ui/Button';
import { PlusIcon } from '../ui/icons';
import { CrowsFootMarkers } from './edges/CrowsFootMarkers';
import { RelationshipEdge } from './edges/RelationshipEdge';
import type { CanvasView } from './navigation/canvas-view';
import { AreaNode } from './nodes/AreaNode';
import { NoteNode } from './nodes/NoteNode';
import { OverviewLayer } from './overview/OverviewLayer';
import { useCanvasDetail } from './overview/use-canvas-detail';
import { useCanvasElements } from './overview/use-canvas-elements';
import { TableNode } from './TableNode';

const NODE_TYPES = { table: TableNode, note: NoteNode, area: AreaNode };
const EDGE_TYPES = { relationship: RelationshipEdge };
const NEW_TABLE_SIZE = { width: TABLE_NODE_WIDTH, height: 60 };
export const RELATIONSHIP_HINT = 'Drag from a key column to a table to give it a foreign key; from any other column to make that column reference the table.';

/**
 * The diagram canvas. Nodes and edges are computed from the document; React
 * Flow's handlers only move (transient positions, one `moveNodes` when a drag
 * ends), select and measure. Every edit goes through the store's `execute`.
 * `view` and `children` come from the navigation layer (components/designer/navigation):
 * the theme, tables hidden by focus mode, drawing everything for an export, and
 * the toolbar / minimap / dialogs drawn inside <ReactFlow>.
 */
export function Canvas({ view, children }: { view?: CanvasView; children?: ReactNode }) {
  const document = useDesigner((s) => s.document);
  const nodeIds = useDesigner((s) => s.selectedNodeIds);
  const edgeId = useDesigner((s) => s.selectedEdgeId);
  const dragPositions = useDesigner((s) => s.dragPositions);
  const store = useDesignerStore();
  const readOnly = useReadOnly(); // sharing: view-only roles pan, zoom and select, nothing else
  const { screenToFlowPosition } = useReactFlow();
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const hiddenByView = view?.hiddenTableIds ?? null;
  const flow = useMemo(() => documentToFlow(document, { nodeIds, edgeId }), [document, nodeIds, edgeId]);

  // The camera starts framing the diagram, computed from the layout once the pane's size is known, so
  // the first render is the final one (components/designer/overview, lib/canvas/level-of-detail.ts).
  const [opening, setOpening] = useState<Viewport | null>(null);
  const detail = useCanvasDetail(opening?.zoom ?? 1, view?.renderEverything ?? false);
  // Performance: unchanged nodes and edges keep their identity, so a drag tick or an edit re-renders only
  // what it touched; zoomed far out, the overview layer stands in for every table node and edge.
  const { nodes, edges, scene, hiddenTables } = useCanvasElements({ flow, dragPositions, measured, hiddenByView, detail });

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const sizes: Record<string, { width: number; height: number }> = {};
    const dragging: Record<string, Position> = {};
    const finished: Record<string, Position> = {};
    let selection: string[] | null = null;
    const state = store.getState();
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
      if (change.type === 'position' && change.position) {
        const target = change.dragging ? dragging : finished;
        target[change.id] = change.position;
        // An area carries its tables along by the same offset.
        const area = state.document.areas.find((a) => a.id === change.id);
        const from = state.document.layout.nodes[change.id];
        if (area && from) {
          const [dx, dy] = [change.position.x - from.x, change.position.y - from.y];
          for (const tableId of area.tableIds) {
            const at = state.document.layout.nodes[tableId];
            if (at) target[tableId] = { x: at.x + dx, y: at.y + dy };
          }
        }
      }
      if (change.type === 'select') {
        selection ??= [...state.selectedNodeIds];
        if (change.selected && !selection.includes(change.id)) selection.push(change.id);
        if (!change.selected) selection = selection.filter((id) => id !== change.id);
      }
    }
    if (Object.keys(sizes).length > 0) setMeasured((previous) => ({ ...previous, ...sizes }));
    if (Object.keys(dragging).length > 0) state.dragNodes(dragging);
    if (Object.keys(finished).length > 0) state.endDrag(finished);
    if (selection) state.setSelection({ nodeIds: selection });
  }, [store]);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    for (const change of changes) {
      if (change.type !== 'select') continue;
      const state = store.getState();
      if (change.selected) state.selectEdge(change.id);
      else if (state.selectedEdgeId === change.id) state.selectEdge(null);
    }
  }, [store]);

  const connect = useCallback((sourceTableId: string, sourceHandle: string | null | undefined, targetTableId: string) => {
    const sourceColumnId = sourceHandle?.split(':')[0];
    if (!sourceColumnId) return;
    const made = connectByDrag(store.getState().document, { sourceTableId, sourceColumnId, targetTableId });
    if (!made.ok) {
      setProblem(made.error.message);
      return;
    }
    const result = store.getState().execute(made.value);
    setProblem(result.ok ? null : result.error.message);
    if (result.ok) store.getState().selectEdge(made.value.relationship.id);
  }, [store]);
  const onConnect = useCallback((c: Connection) => connect(c.source, c.sourceHandle, c.target), [connect]);
  // A quick drop can land on a table before its drop target has rendered; the table under the pointer still counts.
  const onConnectEnd = useCallback((event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode || !state.fromHandle) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    const target = window.document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id');
    const isTable = target && store.getState().document.tables.some((t) => t.id === target);
    if (isTable && target !== state.fromNode.id) connect(state.fromNode.id, state.fromHandle.id, target);
  }, [connect, store]);

  const anchor = useRef<HTMLDivElement | null>(null);
  const measurePane = useCallback((element: HTMLDivElement | null) => {
    anchor.current = element;
    if (!element) return;
    const pane = { width: element.clientWidth, height: element.clientHeight };
    setOpening((current) => current ?? fitViewport(graphBounds(flow, (id) => hiddenTables.has(id)), pane, CANVAS_FIT));
  }, [flow, hiddenTables]);
  const pickInOverview = useCallback((tableId: string) => {
    if (view?.onPickTable) view.onPickTable(tableId);
    else store.getState().selectTable(tableId);
  }, [view, store]);
  const addTableAt = useCallback((centre: Position) => {
    const wanted = roundPosition({ x: centre.x - NEW_TABLE_SIZE.width / 2, y: centre.y - NEW_TABLE_SIZE.height / 2 });
    store.getState().addTable(freePosition(store.getState().document, wanted));
  }, [store]);
  const viewCentre = useCallback((): Position => {
    const pane = anchor.current?.getBoundingClientRect();
    return pane ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
  }, [screenToFlowPosition]);
  const shortcuts = useMemo(() => ({ newTable: () => addTableAt(viewCentre()), problem: setProblem }), [addTableAt, viewCentre]);
  useEditingShortcuts(store, shortcuts);

  const onDoubleClick = (event: MouseEvent) => {
    // Only the empty canvas: a double-click on a table renames it.
    if (readOnly || !(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
    addTableAt(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <div ref={measurePane} className="h-full w-full" onDoubleClick={onDoubleClick}>
      <CrowsFootMarkers />
      {opening && <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={30}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        zoomOnDoubleClick={false}
        defaultViewport={opening}
        minZoom={CANVAS_FIT.minZoom}
        proOptions={{ hideAttribution: true }}
        colorMode={view?.colorMode ?? 'light'}
        onlyRenderVisibleElements={!view?.renderEverything}
        // Zoomed out, panning moves one rasterized layer instead of repainting the overview every frame.
        className={`bg-zinc-50 dark:bg-zinc-950 ${scene ? '[&_.react-flow__viewport]:will-change-transform' : ''}`}
      >
        {/* In the overview the dots are 7 px apart or less: noise, and a full-screen repaint on every frame of a pan. */}
        {!scene && <Background variant={BackgroundVariant.Dots} gap={20} size={1} color="#d4d4d8" />}
        <Controls showInteractive={false} position="bottom-left" />
        <Panel position="top-left">
          {!readOnly && <EditToolbar onAddTable={() => addTableAt(viewCentre())} centre={viewCentre} />}
          {!readOnly && document.tables.length > 1 && document.relationships.length === 0 && (
            <p className="mt-2 max-w-sm rounded-md bg-white/90 px-2 py-1 text-xs text-zinc-500 shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900/90 dark:ring-zinc-800">{RELATIONSHIP_HINT}</p>
          )}
          {problem && (
            <p role="alert" className="mt-2 max-w-sm rounded-md border border-red-200 bg-white px-2 py-1 text-xs text-red-700 shadow-sm">
              {problem} <button type="button" className="ml-1 underline" onClick={() => setProblem(null)}>Dismiss</button>
            </p>
          )}
        </Panel>
        {document.tables.length === 0 ? (
          <Panel position="top-center">
            <p className="mt-24 rounded-lg bg-white/80 px-4 py-2 text-zinc-500 shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900/80 dark:ring-zinc-800">
              This diagram is empty. Add a table to start.
            </p>
          </Panel>
        ) : null}
        {scene && <OverviewLayer scene={scene} onPick={pickInOverview} />}
        {children}
      </ReactFlow>}
    </div>
  );
}

function EditToolbar({ onAddTable, centre }: { onAddTable: () => void; centre: () => Position }) {
  const store = useDesignerStore();
  const canUndo = useDesigner((s) => s.canUndo);
  const canRedo = useDesigner((s) => s.canRedo);
  const addNote = () => {
    const id = newId('note');
    store.getState().execute({ kind: 'addNote', note: { id, text: '', color: '#fef08a' }, position: roundPosition(centre()) });
  };
  const addArea = () => {
    const { document, selectedNodeIds, execute } = store.getState();
    const tableIds = document.tables.filter((t) => selectedNodeIds.includes(t.id)).map((t) => t.id);
    const placed = tableIds.map((id) => document.layout.nodes[id]).filter((n) => n !== undefined);
    const at = placed.length > 0
      ? { x: Math.min(...placed.map((n) => n.x)) - 40, y: Math.min(...placed.map((n) => n.y)) - 60 }
      : roundPosition(centre());
    const size = placed.length > 0
      ? { width: Math.max(...placed.map((n) => n.x)) - at.x + TABLE_NODE_WIDTH + 40, height: Math.max(...placed.map((n) => n.y)) - at.y + 260 }
      : { ...DEFAULT_AREA_SIZE };
    execute({ kind: 'addArea', area: { id: newId('area'), name: `area_${document.areas.length + 1}`, color: '#bfdbfe', tableIds }, position: roundPosition(at), size });
  };
  return (
    <div role="toolbar" aria-label="Edit" className="flex gap-1.5">
      <Button variant="primary" size="sm" onClick={onAddTable}><PlusIcon /> Add table</Button>
      <Button size="sm" onClick={addNote}>Add note</Button>
      <Button size="sm" onClick={addArea} title="Group the selected tables">Add area</Button>
      <Button size="sm" variant="ghost" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={() => store.getState().undo()}>↶ Undo</Button>
      <Button size="sm" variant="ghost" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!canRedo} onClick={() => store.getState().redo()}>↷ Redo</Button>
    </div>
  );
}

function roundPosition(position: Position): Position {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}
