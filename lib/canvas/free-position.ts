import type { DiagramDocument } from '../model/document';
import { TABLE_NODE_WIDTH } from './to-flow';

/** Roughly how tall a new table is drawn; enough to keep two new tables from overlapping. */
const NEW_TABLE_CLEARANCE = { x: TABLE_NODE_WIDTH + 40, y: 160 } as const;

/**
 * Where to put a new table asked for at `wanted`: there, or the nearest spot on
 * a grid around it that does not cover a table already on the canvas (adding two
 * tables in a row must not stack them, and the new one should stay in view).
 */
export function freePosition(doc: DiagramDocument, wanted: { x: number; y: number }): { x: number; y: number } {
  const placed = doc.tables.map((t) => doc.layout.nodes[t.id]).filter((n) => n !== undefined && !n.hidden);
  const free = (at: { x: number; y: number }) =>
    !placed.some((n) => Math.abs(n!.x - at.x) < NEW_TABLE_CLEARANCE.x && Math.abs(n!.y - at.y) < NEW_TABLE_CLEARANCE.y);
  const candidates: { x: number; y: number; distance: number }[] = [];
  for (let i = -RINGS; i <= RINGS; i++) {
    for (let j = -RINGS; j <= RINGS; j++) {
      const [dx, dy] = [i * NEW_TABLE_CLEARANCE.x, j * NEW_TABLE_CLEARANCE.y];
      candidates.push({ x: wanted.x + dx, y: wanted.y + dy, distance: Math.hypot(dx, dy) });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance);
  const found = candidates.find(free);
  return found ? { x: found.x, y: found.y } : wanted;
}

const RINGS = 8;
