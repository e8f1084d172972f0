'use client';

import { useDesigner } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';
import { isMac, shortcutLabel } from './shortcut-label';

/**
 * The first-run hint: how to start (on an empty diagram) or how to get around.
 * Dismissed once, gone for good in this browser.
 */
export function FirstRunHint() {
  const dismissed = useView((s) => s.firstRunHintDismissed);
  const dismiss = useView((s) => s.dismissFirstRunHint);
  const empty = useDesigner((s) => s.document.tables.length === 0);
  if (dismissed) return null;
  const mac = isMac();
  const search = shortcutLabel('search', mac);

  return (
    <div role="note" aria-label="Getting started" className="mb-2 flex items-center gap-3 rounded-lg bg-white/95 px-3 py-2 text-xs text-zinc-600 shadow-md ring-1 ring-zinc-200 dark:bg-zinc-900/95 dark:text-zinc-300 dark:ring-zinc-700">
      <span>
        {empty
          ? <>Double-click to add a table, or press <Kbd>T</Kbd>; <Kbd>{search}</Kbd> to search; <Kbd>?</Kbd> for shortcuts</>
          : <><Kbd>{search}</Kbd> to search, <Kbd>F</Kbd> to focus on a table, <Kbd>L</Kbd> to auto-layout, <Kbd>?</Kbd> for all shortcuts</>}
      </span>
      <button type="button" onClick={dismiss} aria-label="Dismiss hint" className="rounded px-1 text-zinc-400 hover:text-zinc-700 dark:hover:text-zinc-100">✕</button>
    </div>
  );
}

export function Kbd({ children }: { children: React.ReactNode }) {
  return <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1 font-mono text-[11px] text-zinc-700 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200">{children}</kbd>;
}
