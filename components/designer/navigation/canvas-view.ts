/**
 * What the navigation half asks of the canvas, beyond the document: the theme,
 * the tables the view hides (focus mode) and whether to draw everything (for an
 * export) instead of only what is on screen. The canvas applies it; nothing of
 * it is saved.
 */
export interface CanvasView {
  colorMode: 'light' | 'dark';
  /** Hidden by the view on top of `layout.nodes[id].hidden`; null when none are. */
  hiddenTableIds: ReadonlySet<string> | null;
  /** Draw every table in full detail (no visible-only rendering, no zoomed-out outlines or overview). */
  renderEverything: boolean;
  /** A table clicked in the zoomed-out overview: the navigation layer selects it and brings it into view. */
  onPickTable?: (tableId: string) => void;
}

/** Below this zoom a table is drawn as its name only (level of detail); columns are unreadable there anyway. */
export { OUTLINE_BELOW_ZOOM } from '@/lib/canvas/level-of-detail';
