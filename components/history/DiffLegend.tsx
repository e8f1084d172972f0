/** What the colours on the compare canvas mean. */
export function DiffLegend() {
  return (
    <ul aria-label="Legend" className="flex gap-3 rounded-md bg-white/90 px-3 py-1.5 text-xs shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900/90 dark:ring-zinc-800">
      <li className="flex items-center gap-1.5"><span className="h-2.5 w-2.5 rounded-sm bg-emerald-500" aria-hidden="true" />Added</li>
      <li className="flex items-center gap-1.5"><span className="h-2.5 w-2.5 rounded-sm border border-dashed border-red-500 bg-red-100" aria-hidden="true" />Removed</li>
      <li className="flex items-center gap-1.5"><span className="h-2.5 w-2.5 rounded-sm bg-amber-500" aria-hidden="true" />Changed</li>
    </ul>
  );
}
