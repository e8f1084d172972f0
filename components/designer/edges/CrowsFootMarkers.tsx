/**
 * SVG markers for crow's-foot notation, drawn once per canvas. Each marker's tip
 * sits where the edge meets the table; `auto-start-reverse` turns the same shape
 * around for the start of a path.
 *   one: ‖   zero-or-one: o|   many: crow's foot   one-or-many: |<
 */
export const MARKER_IDS = {
  one: 'tc-marker-one',
  zeroOrOne: 'tc-marker-zero-or-one',
  many: 'tc-marker-many',
  oneOrMany: 'tc-marker-one-or-many',
} as const;

export function CrowsFootMarkers() {
  const common = { viewBox: '0 0 20 20', markerWidth: 20, markerHeight: 20, refX: 20, refY: 10, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' } as const;
  const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 } as const;
  return (
    <svg aria-hidden="true" className="pointer-events-none absolute h-0 w-0 text-zinc-400">
      <defs>
        <marker id={MARKER_IDS.one} {...common}><path d="M0,10 L20,10 M11,4 L11,16 M15,4 L15,16" {...stroke} /></marker>
        <marker id={MARKER_IDS.zeroOrOne} {...common}><path d="M0,10 L4,10 M12,10 L20,10 M15,4 L15,16" {...stroke} /><circle cx="8" cy="10" r="3.5" {...stroke} fill="white" /></marker>
        <marker id={MARKER_IDS.many} {...common}><path d="M0,10 L20,10 M8,10 L20,3 M8,10 L20,17" {...stroke} /></marker>
        <marker id={MARKER_IDS.oneOrMany} {...common}><path d="M0,10 L20,10 M8,10 L20,3 M8,10 L20,17 M5,4 L5,16" {...stroke} /></marker>
      </defs>
    </svg>
  );
}
