'use client';

import { useComments, useKeepCommentsFresh } from '@/lib/client/comments/context';

/**
 * Opens and closes the Comments panel and shows how many threads are open. It
 * is on screen for as long as the designer is, so it also keeps the comments
 * fresh (polling) for the panel and the table badges.
 */
export function CommentsToggle() {
  useKeepCommentsFresh();
  const open = useComments((s) => s.panelOpen);
  const setOpen = useComments((s) => s.setPanelOpen);
  const openThreads = useComments((s) => s.threads.filter((t) => t.status === 'open').length);
  return (
    <button
      type="button"
      aria-label="Comments"
      aria-pressed={open}
      data-count={openThreads}
      title={`${openThreads} open comment ${openThreads === 1 ? 'thread' : 'threads'}`}
      onClick={() => setOpen(!open)}
      className={`flex items-center gap-2 rounded-md border px-2.5 py-1.5 text-xs font-medium shadow-sm ${
        open ? 'border-indigo-400 bg-indigo-50 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200' : 'border-zinc-200 bg-white text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300'
      }`}
    >
      <span>Comments</span>
      <span aria-hidden="true" className={openThreads > 0 ? 'text-sky-600' : 'text-zinc-400'}>{openThreads}</span>
    </button>
  );
}
