'use client';

import { useAnalysis } from '@/lib/client/analysis/context';

/** Opens and closes the problems panel; shows the open counts and whether a check is running. */
export function ProblemsToggle() {
  const open = useAnalysis((s) => s.panelOpen);
  const setOpen = useAnalysis((s) => s.setPanelOpen);
  const running = useAnalysis((s) => s.running);
  const summary = useAnalysis((s) => s.report?.summary ?? null);
  const total = summary ? summary.errors + summary.warnings + summary.infos : 0;
  const label = summary ? `Problems: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos` : 'Problems';
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={open}
      data-count={total}
      onClick={() => setOpen(!open)}
      className={`flex items-center gap-2 rounded-md border px-2.5 py-1.5 text-xs font-medium shadow-sm ${
        open ? 'border-indigo-400 bg-indigo-50 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200' : 'border-zinc-200 bg-white text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300'
      }`}
    >
      <span>Problems</span>
      {summary && (
        <span className="flex gap-1" aria-hidden="true">
          <span className={summary.errors > 0 ? 'text-red-600' : 'text-zinc-400'}>{summary.errors}✕</span>
          <span className={summary.warnings > 0 ? 'text-amber-600' : 'text-zinc-400'}>{summary.warnings}⚠</span>
          <span className="text-zinc-400">{summary.infos}ⓘ</span>
        </span>
      )}
      {running && <span className="h-2 w-2 animate-pulse rounded-full bg-indigo-500" aria-hidden="true" />}
    </button>
  );
}
