'use client';

import '@xyflow/react/dist/style.css';
import { Background, BackgroundVariant, ConnectionMode, Controls, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { DiagramDetail } from '@/lib/api/dto';
import { documentToFlow } from '@/lib/canvas/to-flow';
import { DesignerProvider } from '@/lib/client/designer/context';
import type { TableHighlight } from '@/lib/client/history/display-document';
import { CompareHighlightProvider } from '@/lib/client/history/highlight-context';
import { ViewProvider } from '@/lib/client/view/context';
import { useTheme } from '@/lib/client/view/theme-store';
import type { DiagramDocument } from '@/lib/model/document';
import { CrowsFootMarkers } from '../designer/edges/CrowsFootMarkers';
import { RelationshipEdge } from '../designer/edges/RelationshipEdge';
import { AreaNode } from '../designer/nodes/AreaNode';
import { OUTLINE_BELOW_ZOOM } from '../designer/navigation/canvas-view';
import { NoteNode } from '../designer/nodes/NoteNode';
import { TableNode } from '../designer/TableNode';

const NODE_TYPES = { table: TableNode, note: NoteNode, area: AreaNode };
const EDGE_TYPES = { relationship: RelationshipEdge };
const NO_HIGHLIGHTS: ReadonlyMap<string, TableHighlight> = new Map();

/** Which table to bring into view; `at` changes on every request, so clicking the same table twice works. */
export interface FocusRequest {
  readonly tableId: string;
  readonly at: number;
}

/**
 * A saved state of the diagram on the canvas, view only: the designer's own
 * table, note and edge components inside a read-only designer store (nothing
 * can be edited, nothing is saved), with the compare marks when given.
 * Remount it (a `key`) to show another document.
 */
export function HistoryCanvas({ diagramId, document, highlights = NO_HIGHLIGHTS, focus = null, label }: {
  diagramId: string;
  document: DiagramDocument;
  highlights?: ReadonlyMap<string, TableHighlight>;
  focus?: FocusRequest | null;
  /** The accessible name of the canvas region. */
  label: string;
}) {
  // Only what the read-only store needs: it never saves, so the revision and times are not used.
  const detail = useMemo<DiagramDetail>(() => ({
    id: diagramId, name: document.name, revision: 0, tableCount: document.tables.length, createdAt: '', updatedAt: '', document,
  }), [diagramId, document]);
  return (
    <DesignerProvider detail={detail} readOnly>
      <ViewProvider>
        <ReactFlowProvider>
          <CompareHighlightProvider highlights={highlights}>
            <section aria-label={label} className="relative h-full w-full">
              <ReadOnlyFlow document={document} focus={focus} />
            </section>
          </CompareHighlightProvider>
        </ReactFlowProvider>
      </ViewProvider>
    </DesignerProvider>
  );
}

function ReadOnlyFlow({ document, focus }: { document: DiagramDocument; focus: FocusRequest | null }) {
  const colorMode = useTheme();
  const { fitView } = useReactFlow();
  // Uncontrolled: React Flow keeps the nodes (and their measured sizes) itself; nothing here ever changes them.
  const { nodes, edges } = useMemo(() => {
    const flow = documentToFlow(document);
    return { nodes: [...flow.areas, ...flow.nodes, ...flow.notes] as Node[], edges: flow.edges as Edge[] };
  }, [document]);

  useEffect(() => {
    if (focus) void fitView({ nodes: [{ id: focus.tableId }], duration: 300, maxZoom: 1.1, padding: 0.6 });
  }, [focus, fitView]);

  return (
    <>
      <CrowsFootMarkers />
      <ReactFlow
        defaultNodes={nodes}
        defaultEdges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        // Edges end on the parent's key-column handle, which is a source handle (as in the designer's canvas).
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={false}
        nodesConnectable={false}
        // Selectable only so nodes take the pointer (column tooltips); the read-only store refuses every edit.
        elementsSelectable
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        fitView
        // Not below the zoom where tables shrink to their names (level of detail): the compare marks are on the columns.
        fitViewOptions={{ padding: 0.2, maxZoom: 1, minZoom: OUTLINE_BELOW_ZOOM }}
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
        colorMode={colorMode}
        className="bg-zinc-50 dark:bg-zinc-950"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} color="#d4d4d8" />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </>
  );
}
