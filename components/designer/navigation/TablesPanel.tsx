'use client';

import { useId, useMemo, useState } from 'react';
import { useDesigner, useDesignerStore } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';

/**
 * Show or hide tables, one checkbox each. Hidden is part of the document's
 * layout (saved, undoable), unlike focus mode which is only a way of looking.
 */
export function TablesPanel() {
  const open = useView((s) => s.overlay === 'tables');
  const close = useView((s) => s.close);
  if (!open) return null;
  return (
    <section aria-label="Tables" className="w-64 rounded-lg bg-white p-3 text-sm shadow-md ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700">
      <TableList onClose={close} />
    </section>
  );
}

function TableList({ onClose }: { onClose: () => void }) {
  const tables = useDesigner((s) => s.document.tables);
  const nodes = useDesigner((s) => s.document.layout.nodes);
  const store = useDesignerStore();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const list = needle ? tables.filter((t) => t.name.toLowerCase().includes(needle)) : tables;
    return [...list].sort((a, b) => a.name.localeCompare(b.name));
  }, [tables, filter]);
  const hiddenCount = tables.filter((t) => nodes[t.id]?.hidden).length;

  const setHidden = (tableIds: string[], hidden: boolean) => {
    if (tableIds.length === 0) return;
    store.getState().execute({ kind: 'setNodeLayout', nodes: Object.fromEntries(tableIds.map((id) => [id, { hidden }])) });
  };

  return (
    <>
      <div className="flex items-center justify-between">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Tables</h2>
        <button type="button" onClick={onClose} aria-label="Close tables panel" className="rounded px-1 text-zinc-400 hover:text-zinc-700 dark:hover:text-zinc-100">✕</button>
      </div>
      <label htmlFor={filterId} className="sr-only">Filter tables</label>
      <input
        id={filterId}
        value={filter}
        placeholder="Filter…"
        onChange={(event) => setFilter(event.target.value)}
        className="mt-2 block h-7 w-full rounded-md border border-zinc-300 bg-white px-2 text-xs outline-none focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-950"
      />
      <ul className="mt-2 max-h-72 space-y-0.5 overflow-y-auto">
        {shown.map((table) => (
          <li key={table.id}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 font-mono text-xs hover:bg-zinc-50 dark:hover:bg-zinc-800">
              <input
                type="checkbox"
                aria-label={`Show ${table.name}`}
                checked={!nodes[table.id]?.hidden}
                onChange={(event) => setHidden([table.id], !event.target.checked)}
              />
              <span className="truncate">{table.name}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="mt-2 flex items-center justify-between text-xs">
        <span className="text-zinc-500">{hiddenCount} hidden</span>
        <button
          type="button"
          disabled={hiddenCount === 0}
          onClick={() => setHidden(tables.filter((t) => nodes[t.id]?.hidden).map((t) => t.id), false)}
          className="rounded-md px-2 py-1 font-medium text-indigo-600 hover:bg-indigo-50 disabled:opacity-40 dark:text-indigo-300 dark:hover:bg-indigo-950"
        >
          Show all
        </button>
      </div>
    </>
  );
}
