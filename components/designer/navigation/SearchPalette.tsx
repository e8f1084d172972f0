'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { buildSearchIndex, searchEntries, type SearchHit } from '@/lib/layout/search-index';
import { useDesigner } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';
import { Dialog } from '../../ui/Dialog';

const MAX_RESULTS = 50;

/**
 * ⌘K / Ctrl+K: find a table or column by name, schema or comment; Enter jumps
 * to it. A combobox with a listbox of results (the ARIA 1.2 pattern): focus
 * stays in the input, arrows move the active option.
 */
export function SearchPalette({ onPick }: { onPick: (target: { tableId: string; columnId: string | null }) => void }) {
  const open = useView((s) => s.overlay === 'search');
  const close = useView((s) => s.close);
  return (
    <Dialog open={open} title="Search tables and columns" onClose={close} width="max-w-xl">
      {open && <SearchBody onPick={(target) => { close(); onPick(target); }} />}
    </Dialog>
  );
}

function SearchBody({ onPick }: { onPick: (target: { tableId: string; columnId: string | null }) => void }) {
  const document = useDesigner((s) => s.document);
  const index = useMemo(() => buildSearchIndex(document), [document]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchEntries(index, query, MAX_RESULTS), [index, query]);
  const ids = { list: useId(), option: useId() };
  const activeIndex = Math.min(active, hits.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % Math.max(hits.length, 1));
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit) onPick({ tableId: hit.tableId, columnId: hit.columnId });
    }
  };

  return (
    <div>
      <input
        role="combobox"
        aria-label="Search tables and columns"
        aria-expanded={hits.length > 0}
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? `${ids.option}-${activeIndex}` : undefined}
        autoFocus
        spellCheck={false}
        value={query}
        placeholder="orders, orders.user_id, email…"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="block h-10 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-950"
      />
      <ul id={ids.list} role="listbox" aria-label="Results" className="mt-3 max-h-80 overflow-y-auto">
        {hits.map((hit, i) => (
          <ResultOption
            key={hit.key}
            id={`${ids.option}-${i}`}
            hit={hit}
            active={i === activeIndex}
            onHover={() => setActive(i)}
            onPick={() => onPick({ tableId: hit.tableId, columnId: hit.columnId })}
          />
        ))}
      </ul>
      {hits.length === 0 && <p className="mt-3 text-sm text-zinc-500">Nothing matches “{query.trim()}”.</p>}
    </div>
  );
}

function ResultOption({ id, hit, active, onHover, onPick }: {
  id: string; hit: SearchHit; active: boolean; onHover: () => void; onPick: () => void;
}) {
  const qualifiedTable = hit.schema ? `${hit.schema}.${hit.tableName}` : hit.tableName;
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onMouseMove={onHover}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
      className={`flex cursor-pointer items-center gap-2 rounded-md px-3 py-1.5 ${active ? 'bg-indigo-50 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100' : ''}`}
    >
      <span className="w-12 shrink-0 text-[10px] font-semibold uppercase tracking-wide text-zinc-400">{hit.kind}</span>
      <span className="truncate font-mono text-[13px]">
        {hit.kind === 'column' ? <><span className="text-zinc-500">{qualifiedTable}.</span>{hit.name}</> : qualifiedTable}
      </span>
      {hit.detail && <span className="ml-auto shrink-0 font-mono text-[11px] text-zinc-500">{hit.detail}</span>}
      {!hit.detail && hit.comment && <span className="ml-auto truncate text-[11px] text-zinc-500">{hit.comment}</span>}
    </li>
  );
}
