/**
 * Viewport arithmetic for the canvas, from the document's own layout: where the
 * camera starts is known before anything is drawn, so the first render is the
 * final one (no render at 100 %, then a second full pass after a fit).
 */
export type Rect = { x: number; y: number; width: number; height: number };

/** React Flow's viewport: screen = flow × zoom + (x, y). */
export type Viewport = { x: number; y: number; zoom: number };

export interface FitOptions {
  /** Empty space around the content, as a fraction of it (0.2 → the content fills 1/1.2 of the pane). */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/** How the designer frames a diagram: on open and with "zoom to fit". */
export const CANVAS_FIT: FitOptions = { padding: 0.2, minZoom: 0.1, maxZoom: 1 };

/** The smallest rectangle holding every given one; null when there are none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The viewport that centres `content` in a pane of the given size, as large as
 * the padding and the zoom limits allow. Nothing to show, or a pane not laid
 * out yet: 100 % at the origin.
 */
export function fitViewport(content: Rect | null, pane: { width: number; height: number }, options: FitOptions = CANVAS_FIT): Viewport {
  if (!content || pane.width <= 0 || pane.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const fits = Math.min(pane.width / Math.max(content.width, 1), pane.height / Math.max(content.height, 1)) / (1 + options.padding);
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fits));
  const centre = { x: content.x + content.width / 2, y: content.y + content.height / 2 };
  return { x: pane.width / 2 - centre.x * zoom, y: pane.height / 2 - centre.y * zoom, zoom };
}
