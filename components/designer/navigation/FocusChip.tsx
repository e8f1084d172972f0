'use client';

import { useId } from 'react';
import { FOCUS_HOPS, type FocusHops } from '@/lib/layout/neighbourhood';
import { useDesigner } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';

/** "Focus: orders (1 hop) ✕": says why most tables are gone, changes the reach, and leaves focus mode. */
export function FocusChip() {
  const focus = useView((s) => s.focus);
  const setFocus = useView((s) => s.setFocus);
  const tableName = useDesigner((s) => (focus ? s.document.tables.find((t) => t.id === focus.tableId)?.name : undefined));
  const hopsId = useId();
  if (!focus || tableName === undefined) return null;

  return (
    <div role="status" aria-label="Focus mode" className="flex items-center gap-2 rounded-full bg-indigo-600 py-1 pl-3 pr-1 text-xs font-medium text-white shadow-md">
      <span>Focus: {tableName}</span>
      <label htmlFor={hopsId} className="sr-only">Neighbours within</label>
      <select
        id={hopsId}
        value={focus.hops}
        onChange={(event) => setFocus({ ...focus, hops: Number(event.target.value) as FocusHops })}
        className="rounded-full bg-indigo-500 px-2 py-0.5 text-white outline-none focus:ring-2 focus:ring-white/60"
      >
        {FOCUS_HOPS.map((hops) => <option key={hops} value={hops}>{hops} {hops === 1 ? 'hop' : 'hops'}</option>)}
      </select>
      <button
        type="button"
        aria-label="Leave focus mode"
        onClick={() => setFocus(null)}
        className="flex h-6 w-6 items-center justify-center rounded-full hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-white"
      >
        ✕
      </button>
    </div>
  );
}
