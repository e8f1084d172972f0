'use client';

import { useReactFlow, useStoreApi, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { nodeBox } from '@/lib/canvas/content-bounds';
import { boundsOf, CANVAS_FIT, fitViewport } from '@/lib/canvas/viewport';
import { exportFileName } from '@/lib/layout/export-frame';
import { estimatedTableSize, type Size } from '@/lib/layout/node-size';
import { tablesHiddenByFocus } from '@/lib/layout/visibility';
import { useDesignerStore } from '@/lib/client/designer/context';
import type { DesignerStore } from '@/lib/client/designer/store';
import { useViewStore } from '@/lib/client/view/context';
import { minimapShown } from '@/lib/client/view/view-store';
import type { ImageFormat } from './export-image';
import { downloadBlob } from '@/lib/client/download';

const ANIMATION_MS = 250;

/** The selected tables (notes and areas in the selection are left out); the inspected one first. */
export function selectedTableIds(designer: DesignerStore): string[] {
  const { selectedTableId, selectedNodeIds, document } = designer.getState();
  const tables = new Set(document.tables.map((t) => t.id));
  const others = selectedNodeIds.filter((id) => tables.has(id) && id !== selectedTableId);
  return selectedTableId ? [selectedTableId, ...others] : others;
}

/**
 * What the toolbar buttons and the keyboard shortcuts do, in one place so both
 * stay the same. Must run inside <ReactFlow> (it moves the camera).
 */
export function useNavigationActions() {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const designer = useDesignerStore();
  const view = useViewStore();

  return useMemo(() => {
    const afterRender = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const sizeOf = (tableId: string): Size | undefined => {
      const measured = flow.getInternalNode(tableId)?.measured;
      return measured?.width && measured.height ? { width: measured.width, height: measured.height } : undefined;
    };

    /**
     * Frames every shown table, note and area. Not React Flow's fitView: it leaves out hidden nodes (the
     * zoomed-out overview hides every table node) and waits until every node was measured (tables off
     * screen never are; their declared size stands in, see lib/canvas/node-geometry.ts).
     */
    const fitShown = () => {
      const { document } = designer.getState();
      const byFocus = tablesHiddenByFocus(document, view.getState().focus);
      const shown = flow.getNodes().filter((n) => !document.layout.nodes[n.id]?.hidden && !byFocus?.has(n.id));
      const { width, height } = flowStore.getState();
      return flow.setViewport(fitViewport(boundsOf(shown.map(nodeBox)), { width, height }, CANVAS_FIT), { duration: ANIMATION_MS });
    };

    return {
      zoomToFit: () => void fitShown(),
      zoomIn: () => void flow.zoomIn({ duration: ANIMATION_MS }),
      zoomOut: () => void flow.zoomOut({ duration: ANIMATION_MS }),

      /** Shows the table (leaving focus mode or un-hiding it when needed), selects it and centres it. */
      jumpTo: async (target: { tableId: string; columnId: string | null }) => {
        const { document } = designer.getState();
        const table = document.tables.find((t) => t.id === target.tableId);
        if (!table) return;
        if (tablesHiddenByFocus(document, view.getState().focus)?.has(table.id)) view.getState().setFocus(null);
        if (document.layout.nodes[table.id]?.hidden) {
          designer.getState().execute({ kind: 'setNodeLayout', nodes: { [table.id]: { hidden: false } } });
        }
        designer.getState().selectTable(table.id);
        view.getState().highlightColumn(target.columnId ? { tableId: table.id, columnId: target.columnId } : null);
        await afterRender();
        const node = flow.getInternalNode(table.id);
        const at = node?.internals.positionAbsolute ?? document.layout.nodes[table.id] ?? { x: 0, y: 0 };
        const size = sizeOf(table.id) ?? estimatedTableSize(table);
        const { height: paneHeight } = flowStore.getState();
        const zoom = Math.min(1, paneHeight > 0 ? (paneHeight * 0.85) / size.height : 1);
        await flow.setCenter(at.x + size.width / 2, at.y + size.height / 2, { zoom, duration: ANIMATION_MS });
      },

      /** Lays every table out with ELK and applies it as one undoable change. */
      autoLayout: async () => {
        if (designer.getState().readOnly) return; // moving tables is an edit
        const before = designer.getState().document;
        const measured = Object.fromEntries(before.tables.map((t) => [t.id, sizeOf(t.id)]));
        // ELK is a large library: load it when first asked for, not with the page.
        const { autoLayout } = await import('@/lib/layout/auto-layout');
        const { positions, areaSizes } = await autoLayout(before, { measured });
        // The document may have changed while ELK worked: only move what still exists.
        const { document } = designer.getState();
        const exists = new Set([...document.tables.map((t) => t.id), ...document.areas.map((a) => a.id)]);
        const moves = Object.fromEntries(Object.entries(positions).filter(([id]) => exists.has(id)));
        const resizes = Object.fromEntries(Object.entries(areaSizes).filter(([id]) => exists.has(id)));
        if (Object.keys(moves).length === 0) return;
        designer.getState().execute(Object.keys(resizes).length === 0
          ? { kind: 'moveNodes', positions: moves }
          : { kind: 'batch', commands: [{ kind: 'moveNodes', positions: moves }, { kind: 'setNodeLayout', nodes: resizes }] });
        await afterRender();
        await fitShown();
      },

      toggleFocus: () => {
        const { focus, setFocus } = view.getState();
        if (focus) return setFocus(null);
        const [tableId] = selectedTableIds(designer);
        if (tableId) setFocus({ tableId, hops: 1 });
      },

      toggleMinimap: () => {
        const { minimap, setMinimap } = view.getState();
        setMinimap(!minimapShown(minimap, designer.getState().document.tables.length));
      },

      /** Downloads the selected tables, or every visible one, as `<diagram name>.png|svg`. */
      exportImage: async (format: ImageFormat, theme: 'light' | 'dark') => {
        const flowElement = flowStore.getState().domNode;
        if (!flowElement) return;
        view.getState().setExporting(true);
        try {
          // Off-screen tables are not in the DOM while only visible ones render: draw them all first.
          await afterRender();
          await afterRender();
          const shown = flow.getNodes().filter((n) => !n.hidden);
          const selected = new Set(selectedTableIds(designer));
          const nodes: Node[] = selected.size > 0 ? shown.filter((n) => selected.has(n.id)) : shown;
          if (nodes.length === 0) return;
          const { renderImage } = await import('./export-image');
          const blob = await renderImage({
            flowElement, nodeIds: new Set(nodes.map((n) => n.id)), bounds: flow.getNodesBounds(nodes), edges: flow.getEdges(), format, theme,
          });
          downloadBlob(exportFileName(designer.getState().document.name, format), blob);
        } finally {
          view.getState().setExporting(false);
        }
      },
    };
  }, [flow, flowStore, designer, view]);
}

export type NavigationActions = ReturnType<typeof useNavigationActions>;
