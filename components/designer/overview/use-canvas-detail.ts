'use client';

import { useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';
import { detailAt, type Detail } from '@/lib/canvas/level-of-detail';

/**
 * The level of detail at the current zoom (lib/canvas/level-of-detail.ts); until
 * React Flow has set up its viewport, at the zoom the canvas opens with. The
 * selector returns a string, so the canvas re-renders when the zoom crosses a
 * threshold, not on every zoom step. An image export draws everything in full.
 */
export function useCanvasDetail(openingZoom: number, renderEverything: boolean): Detail {
  const selector = useCallback((s: ReactFlowState) => detailAt(s.panZoom ? s.transform[2] : openingZoom), [openingZoom]);
  const detail = useStore(selector);
  return renderEverything ? 'full' : detail;
}
