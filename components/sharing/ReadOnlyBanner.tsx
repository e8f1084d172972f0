'use client';

import { useReadOnly } from '@/lib/client/designer/context';
import { useDiagramAccess } from '@/lib/client/sharing/access-context';

/** Says why nothing can be edited: the designer is view only for this person's role. */
export function ReadOnlyBanner() {
  const readOnly = useReadOnly();
  const { role, canComment } = useDiagramAccess();
  if (!readOnly) return null;
  return (
    <div role="status" aria-label="View only" className="flex items-center gap-2 border-b border-sky-200 bg-sky-50 px-4 py-1.5 text-xs text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-200">
      <span className="font-semibold">View only</span>
      <span>— shared with you as {role}. You can pan, zoom, search, read the problems and open the SQL and the migration bundle{canComment ? ', and comment' : ''}; changes are not possible.</span>
    </div>
  );
}
