'use client';

import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, type MouseEvent } from 'react';
import { OVERVIEW_NAMES_FROM_ZOOM } from '@/lib/canvas/level-of-detail';
import { overviewLabel, overviewZoomStep, type OverviewScene, type OverviewTable } from '@/lib/canvas/overview';

const zoomStep = (s: ReactFlowState) => overviewZoomStep(s.transform[2]);
const namesShown = (s: ReactFlowState) => s.transform[2] >= OVERVIEW_NAMES_FROM_ZOOM;

/** Line widths on screen (px); divided by the zoom step to get flow units. */
const SCREEN = { link: 1, selectedLink: 2, border: 1.5, selectedBorder: 3 } as const;
/**
 * In flow units: corners and names grow and shrink with the boxes, like a picture being zoomed
 * (names are 6.5–12.5 px on screen between OVERVIEW_NAMES_FROM_ZOOM and the overview's end).
 */
const RADIUS = 12;
const LABEL = { size: 36, inset: 18 } as const;

/**
 * The zoomed-out canvas (see lib/canvas/level-of-detail.ts): every shown table
 * as a box, every relationship as a line, in one SVG inside React Flow's
 * viewport. Panning and zooming move it with the viewport's CSS transform; React
 * re-renders it only when the zoom crosses a step (line widths keep their size on
 * screen) or the names threshold, or the document changes. Hovering a box shows its
 * name; clicking it calls `onPick` (the designer selects the table and zooms to it).
 */
export const OverviewLayer = memo(function OverviewLayer({ scene, onPick }: { scene: OverviewScene; onPick: (tableId: string) => void }) {
  const step = useStore(zoomStep);
  const names = useStore(namesShown);
  const [plain, selected] = useMemo(() => [scene.tables.filter((t) => !t.selected), scene.tables.filter((t) => t.selected)], [scene.tables]);
  const plainShapes = useMemo(() => plain.map((t) => <TableShape key={t.id} table={t} />), [plain]);
  const labels = useMemo(() => scene.tables.map((t) => (
    <text key={t.id} x={t.x + LABEL.inset} y={t.y + LABEL.inset + LABEL.size}>{overviewLabel(t.name, t.width - 2 * LABEL.inset, LABEL.size)}</text>
  )), [scene.tables]);
  if (!scene.bounds) return null;
  const px = (size: number) => size / step;
  const { x, y, width, height } = scene.bounds;
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const id = event.target instanceof Element ? event.target.closest('[data-table-id]')?.getAttribute('data-table-id') : null;
    if (id) onPick(id);
  };
  return (
    <ViewportPortal>
      <svg
        role="group"
        aria-label="Diagram overview"
        data-tables={scene.tables.length}
        className="pointer-events-none absolute overflow-visible"
        style={{ left: x, top: y }}
        width={width}
        height={height}
        viewBox={`${x} ${y} ${width} ${height}`}
        onClick={pick}
        // Every zoom step rasterizes the whole layer again, in software where there is no GPU: skipping
        // anti-aliasing on hundreds of thin lines and boxes is what keeps that step within a frame.
        shapeRendering="optimizeSpeed"
        textRendering="optimizeSpeed"
      >
        <path d={scene.links} fill="none" strokeWidth={px(SCREEN.link)} className="stroke-zinc-300 dark:stroke-zinc-700" />
        <path d={scene.selectedLinks} fill="none" strokeWidth={px(SCREEN.selectedLink)} className="stroke-indigo-500 dark:stroke-indigo-400" />
        <g strokeWidth={px(SCREEN.border)} className="fill-white stroke-zinc-400 dark:fill-zinc-800 dark:stroke-zinc-500">{plainShapes}</g>
        <g strokeWidth={px(SCREEN.selectedBorder)} className="fill-indigo-50 stroke-indigo-500 dark:fill-indigo-950 dark:stroke-indigo-400">
          {selected.map((t) => <TableShape key={t.id} table={t} />)}
        </g>
        {names && (
          <g fontSize={LABEL.size} fontWeight={600} className="pointer-events-none fill-zinc-700 dark:fill-zinc-200" aria-hidden="true">{labels}</g>
        )}
      </svg>
    </ViewportPortal>
  );
});

function TableShape({ table }: { table: OverviewTable }) {
  return (
    <rect
      data-table-id={table.id}
      data-selected={table.selected ? 'true' : undefined}
      role="img"
      aria-label={`Table ${table.name}`}
      x={table.x}
      y={table.y}
      width={table.width}
      height={table.height}
      rx={RADIUS}
      className={`pointer-events-auto cursor-pointer hover:stroke-indigo-400 ${table.junction ? 'stroke-sky-500' : ''}`}
    >
      <title>{table.name}</title>
    </rect>
  );
}
