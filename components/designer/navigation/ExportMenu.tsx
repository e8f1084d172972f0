'use client';

import { useState } from 'react';
import type { ImageFormat } from './export-image';
import { ICON } from './NavigationToolbar';
import { useDropdown } from './use-dropdown';

/** "Export" with a small menu: PNG or SVG of the selection, or of the whole (visible) diagram. */
export function ExportMenu({ onExport, disabled }: { onExport: (format: ImageFormat) => Promise<void>; disabled: boolean }) {
  const { open, setOpen, root } = useDropdown();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (format: ImageFormat) => {
    setOpen(false);
    setBusy(true);
    setProblem(null);
    try {
      await onExport(format);
    } catch (error) {
      setProblem(`Could not export the image: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-label="Export image"
        aria-haspopup="menu"
        aria-expanded={open}
        title={busy ? 'Exporting…' : 'Export as PNG or SVG'}
        disabled={disabled || busy}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => { if (event.key === 'Escape') setOpen(false); }}
        className="flex h-8 w-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-40 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
      >
        <svg {...ICON}><path d="M12 4v11M7 10l5 5 5-5M5 20h14" /></svg>
      </button>
      {open && (
        <div role="menu" aria-label="Export image" className="absolute right-0 top-full z-10 mt-1 w-52 rounded-lg bg-white p-1 text-sm shadow-lg ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700">
          {(['png', 'svg'] as const).map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              onClick={() => run(format)}
              className="block w-full rounded-md px-3 py-1.5 text-left text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
            >
              Export {format.toUpperCase()}
            </button>
          ))}
          <p className="px-3 pb-1 pt-1.5 text-[11px] text-zinc-500">The selected table, or the whole diagram when nothing is selected.</p>
        </div>
      )}
      {problem && (
        <p role="alert" className="absolute right-0 top-full mt-1 w-64 rounded-md bg-red-50 px-2 py-1 text-xs text-red-700 shadow ring-1 ring-red-200">{problem}</p>
      )}
    </div>
  );
}
