'use client';

import { useEffect } from 'react';
import { useDesigner } from '@/lib/client/designer/context';

const VISIBLE_MS = 10_000;

/** Says, for a while, that someone else's changes were merged into this window. */
export function MergeNotice() {
  const notice = useDesigner((s) => s.notice);
  const dismiss = useDesigner((s) => s.dismissNotice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  return (
    <div role="status" className="flex items-center gap-2 rounded-full bg-sky-50 py-1 pl-3 pr-1 text-xs font-medium text-sky-800 ring-1 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-900">
      <span>{notice}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss notice" className="rounded-full px-1.5 text-sky-600 hover:bg-sky-100 dark:hover:bg-sky-900">
        ×
      </button>
    </div>
  );
}
