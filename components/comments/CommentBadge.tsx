'use client';

import { useComments, useOpenThreadCount } from '@/lib/client/comments/context';
import { CommentIcon } from './CommentIcon';

/** On a table node: how many comment threads on the table (or its columns) are open; a click opens them. */
export function CommentBadge({ tableId }: { tableId: string }) {
  const count = useOpenThreadCount(tableId);
  const show = useComments((s) => s.compose);
  if (count === 0) return null;
  return (
    <button
      type="button"
      aria-label={`${count} open comment ${count === 1 ? 'thread' : 'threads'}`}
      title="Open comment threads (see the Comments panel)"
      onClick={() => show({ tableId, columnId: null })}
      className="nodrag flex items-center gap-0.5 rounded-full bg-sky-100 px-1.5 text-[10px] font-semibold text-sky-800 hover:bg-sky-200 dark:bg-sky-950 dark:text-sky-300"
    >
      <CommentIcon width={10} height={10} />{count}
    </button>
  );
}
