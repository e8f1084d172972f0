'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { CompareRef } from '@/lib/api/history-requests';
import { useHistory } from '@/lib/client/history/context';
import { historyHref } from '@/lib/client/history/view-url';
import { Button } from '../ui/Button';

const CURRENT = 'current';

/** Pick two states — saved versions or the diagram as it is now — and compare them. */
export function CompareControls() {
  const router = useRouter();
  const diagramId = useHistory((s) => s.diagramId);
  const versions = useHistory((s) => s.versions) ?? [];
  const view = useHistory((s) => s.view);
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null);
  // Until the person picks, follow what is shown (or the newest named version against now).
  const shownRefs = view.kind === 'compare' ? { from: String(view.from), to: String(view.to) } : null;
  const fallbackFrom = versions.find((v) => v.kind === 'named')?.version ?? versions[0]?.version;
  const from = picked?.from ?? shownRefs?.from ?? (fallbackFrom === undefined ? '' : String(fallbackFrom));
  const to = picked?.to ?? shownRefs?.to ?? CURRENT;
  const ref = (value: string): CompareRef => (value === CURRENT ? CURRENT : Number(value));

  const options = (
    <>
      <option value={CURRENT}>Current diagram</option>
      {versions.map((v) => <option key={v.version} value={String(v.version)}>v{v.version} — {v.label}</option>)}
    </>
  );
  const select = 'h-7 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-1.5 text-xs dark:border-zinc-700 dark:bg-zinc-950';
  return (
    <form
      aria-label="Compare versions"
      className="space-y-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        if (from !== '') router.push(historyHref(diagramId, { kind: 'compare', from: ref(from), to: ref(to) }));
      }}
    >
      <div className="flex items-center gap-1.5 text-xs text-zinc-500">
        <label className="flex min-w-0 flex-1 items-center gap-1.5">From
          <select aria-label="Compare from" className={select} value={from} onChange={(e) => setPicked({ from: e.currentTarget.value, to })}>{options}</select>
        </label>
        <label className="flex min-w-0 flex-1 items-center gap-1.5">to
          <select aria-label="Compare to" className={select} value={to} onChange={(e) => setPicked({ from, to: e.currentTarget.value })}>{options}</select>
        </label>
      </div>
      <Button size="sm" type="submit" disabled={from === '' || from === to} className="w-full">Compare</Button>
    </form>
  );
}
