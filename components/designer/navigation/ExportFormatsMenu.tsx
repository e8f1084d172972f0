'use client';

import { useState } from 'react';
import { useDesigner, useDesignerStore } from '@/lib/client/designer/context';
import { downloadBlob } from '@/lib/client/download';
import { fetchExport, type ExportFormat } from '@/lib/client/import';
import { ICON } from './NavigationToolbar';
import { useDropdown } from './use-dropdown';

const ITEMS: { format: ExportFormat; label: string }[] = [
  { format: 'dbml', label: 'Export as DBML' },
  { format: 'prisma', label: 'Export as Prisma schema' },
  { format: 'sql', label: 'Export as SQL' },
  { format: 'json', label: 'Export as JSON' },
  { format: 'dictionary-md', label: 'Data dictionary (Markdown)' },
  { format: 'dictionary-html', label: 'Data dictionary (HTML)' },
];

/** How long to wait for pending edits to reach the server before exporting what it has. */
const SAVE_WAIT_MS = 10_000;

/**
 * "Export as file": the diagram as DBML, Prisma, SQL, JSON or a data dictionary,
 * written by the server (`GET /api/diagrams/:id/export`). The server exports the
 * saved diagram, so pending edits are given a moment to save first.
 */
export function ExportFormatsMenu() {
  const diagramId = useDesigner((s) => s.diagramId);
  const store = useDesignerStore();
  const { open, setOpen, root } = useDropdown();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    setBusy(true);
    setProblem(null);
    const saved = await waitUntilSaved(store);
    const result = await fetchExport(diagramId, format);
    setBusy(false);
    if (!result.ok) {
      setProblem(`Could not export: ${result.error.error.message}`);
      return;
    }
    downloadBlob(result.value.fileName, result.value.blob);
    if (!saved) setProblem('Your latest edits are not saved yet; the file has the last saved version.');
  };

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-label="Export as file"
        aria-haspopup="menu"
        aria-expanded={open}
        title={busy ? 'Exporting…' : 'Export as DBML, Prisma, SQL, JSON or a data dictionary'}
        disabled={busy}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => { if (event.key === 'Escape') setOpen(false); }}
        className="flex h-8 w-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-40 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
      >
        <svg {...ICON}><path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" /><path d="M14 3v5h5M9 13h6M9 17h4" /></svg>
      </button>
      {open && (
        <div role="menu" aria-label="Export as file" className="absolute right-0 top-full z-10 mt-1 w-60 rounded-lg bg-white p-1 text-sm shadow-lg ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700">
          {ITEMS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              onClick={() => run(format)}
              className="block w-full rounded-md px-3 py-1.5 text-left text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
            >
              {label}
            </button>
          ))}
          <p className="px-3 pb-1 pt-1.5 text-[11px] text-zinc-500">The whole diagram as saved.</p>
        </div>
      )}
      {problem && (
        <p role="alert" className="absolute right-0 top-full mt-1 w-64 rounded-md bg-red-50 px-2 py-1 text-xs text-red-700 shadow ring-1 ring-red-200">
          {problem}{' '}
          <button type="button" onClick={() => setProblem(null)} className="font-medium underline">Dismiss</button>
        </p>
      )}
    </div>
  );
}

type DesignerStore = ReturnType<typeof useDesignerStore>;

/** Resolves true once nothing is waiting to be saved, false after SAVE_WAIT_MS or on an error. */
function waitUntilSaved(store: DesignerStore): Promise<boolean> {
  const settled = () => {
    const { status } = store.getState();
    return status === 'saved' ? true : status === 'error' ? false : null;
  };
  const now = settled();
  if (now !== null) return Promise.resolve(now);
  return new Promise((resolve) => {
    const timer = setTimeout(() => { unsubscribe(); resolve(false); }, SAVE_WAIT_MS);
    const unsubscribe = store.subscribe(() => {
      const result = settled();
      if (result === null) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(result);
    });
  });
}

