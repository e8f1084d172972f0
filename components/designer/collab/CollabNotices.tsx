'use client';

import { useEffect } from 'react';
import { useDesigner } from '@/lib/client/designer/context';

const VISIBLE_MS = 20_000;

/**
 * What co-editing has to tell the person: a change of theirs that was dropped
 * (and who made that happen), a property someone else set after them, an undo
 * that no longer applies. Each stays a while, or until dismissed.
 */
export function CollabNotices() {
  const notices = useDesigner((s) => s.notices);
  const dismiss = useDesigner((s) => s.dismissNotice);
  const oldest = notices[0]?.id;

  // One at a time, oldest first: each notice stays at least VISIBLE_MS.
  useEffect(() => {
    if (oldest === undefined) return;
    const timer = setTimeout(() => dismiss(oldest), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [oldest, dismiss]);

  if (notices.length === 0) return null;
  return (
    <ul aria-label="Co-editing notices" aria-live="polite" className="space-y-1 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
      {notices.map((notice) => (
        <li key={notice.id} role="status" className="flex items-start gap-3">
          <span className="min-w-0 flex-1">{notice.text}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice" className="rounded px-1.5 text-sky-600 hover:bg-sky-100 dark:hover:bg-sky-900">
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
