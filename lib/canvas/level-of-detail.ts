/**
 * How much of each table the canvas draws at a zoom level. Drawing less when
 * zoomed out is what keeps a 500-table diagram fluid: text smaller than a few
 * pixels is unreadable anyway, and every element on screen costs layout and
 * paint on each frame.
 *
 *   full      every column row, key markers, indexes (React Flow nodes)
 *   outline   one name box per table, edges on the key columns (React Flow nodes)
 *   overview  no React Flow table nodes or edges at all: one SVG layer with a
 *             rectangle per table and a straight line per relationship, moved by
 *             the viewport transform alone (components/designer/overview)
 */
export type Detail = 'overview' | 'outline' | 'full';

/**
 * Below this zoom the canvas shows the overview layer instead of table nodes. Column text would be
 * under 4 px; the overview's names are still 12 px here, and a screen holds a hundred tables or more.
 */
export const OVERVIEW_BELOW_ZOOM = 0.35;

/**
 * Below this zoom (and above the overview) a table node draws only its name, large: column text
 * would be under 6 px. Full nodes from here on also means at most a few dozen of them on screen.
 */
export const OUTLINE_BELOW_ZOOM = 0.5;

/** The overview draws table names from this zoom on; below it they would be under 6.5 px (the name shows on hover). */
export const OVERVIEW_NAMES_FROM_ZOOM = 0.18;

export function detailAt(zoom: number): Detail {
  if (zoom < OVERVIEW_BELOW_ZOOM) return 'overview';
  if (zoom < OUTLINE_BELOW_ZOOM) return 'outline';
  return 'full';
}
