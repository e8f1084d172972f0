import { boundsOf, type Rect } from './viewport';

/**
 * What the zoomed-out overview draws (see level-of-detail.ts): a box per shown
 * table and straight lines between related tables, all in flow coordinates so
 * the viewport transform alone moves them. The lines run centre to centre and
 * are drawn under the boxes, so only the stretch between two tables shows.
 */
export interface OverviewTable extends Rect {
  id: string;
  name: string;
  selected: boolean;
  junction: boolean;
}

export interface OverviewScene {
  tables: readonly OverviewTable[];
  /** SVG path data: one segment per relationship between two shown tables. */
  links: string;
  /** The same for the relationships of selected tables, drawn highlighted. */
  selectedLinks: string;
  /** Everything drawn; null when no table is shown. */
  bounds: Rect | null;
}

export function overviewScene(tables: readonly OverviewTable[], relationships: readonly { source: string; target: string }[]): OverviewScene {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const links: string[] = [];
  const selectedLinks: string[] = [];
  for (const { source, target } of relationships) {
    const [from, to] = [byId.get(source), byId.get(target)];
    // A self-reference has no stretch between two boxes to show.
    if (!from || !to || from === to) continue;
    const segment = `M${centre(from)}L${centre(to)}`;
    (from.selected || to.selected ? selectedLinks : links).push(segment);
  }
  return { tables, links: links.join(''), selectedLinks: selectedLinks.join(''), bounds: boundsOf(tables) };
}

function centre(r: Rect): string {
  return `${Math.round(r.x + r.width / 2)} ${Math.round(r.y + r.height / 2)}`;
}

/** Average advance of a character of the overview's bold sans-serif font, in ems. */
const CHARACTER_WIDTH_EM = 0.6;

/** The name as it fits on one line of `width` at `fontSize` (flow units), shortened with an ellipsis. */
export function overviewLabel(name: string, width: number, fontSize: number): string {
  const fits = Math.max(1, Math.floor(width / (fontSize * CHARACTER_WIDTH_EM)));
  return name.length <= fits ? name : `${name.slice(0, Math.max(1, fits - 1))}…`;
}

/**
 * The zoom the overview draws its strokes and names for, in steps of 0.05: it
 * redraws when the zoom crosses a step (a handful of times per zoom gesture),
 * not on every frame, while lines and names stay about the same size on screen.
 */
export function overviewZoomStep(zoom: number): number {
  return Math.max(0.05, Math.floor(zoom * 20) / 20);
}
