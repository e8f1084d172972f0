'use client';

import { useStore } from '@xyflow/react';
import { useView } from '@/lib/client/view/context';
import { OUTLINE_BELOW_ZOOM } from './canvas-view';

const zoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < OUTLINE_BELOW_ZOOM;

/**
 * Whether a table node should draw only its name box (level of detail): when
 * zoomed out below OUTLINE_BELOW_ZOOM, except while an image is exported, which
 * always shows every column. The selector returns a boolean, so a node
 * re-renders only when the zoom crosses the threshold, not on every zoom step.
 */
export function useOutlineMode(): boolean {
  const outline = useStore(zoomedOut);
  const exporting = useView((s) => s.exporting);
  return outline && !exporting;
}
