'use client';

import type { ThreadDto, ThreadStatus } from '@/lib/api/comment-dto';
import { useComments } from '@/lib/client/comments/context';
import { useNavigationActions } from '../designer/navigation/use-navigation-actions';
import { Button } from '../ui/Button';
import { NewThreadForm } from './NewThreadForm';
import { ThreadCard } from './ThreadCard';

const FILTERS: { status: ThreadStatus; label: string }[] = [{ status: 'open', label: 'Open' }, { status: 'resolved', label: 'Resolved' }];

/**
 * The diagram's comment threads, open or resolved, newest activity first, with
 * a form to start one on the selected table or a column. Clicking a thread's
 * target selects and centres its table, so it must be inside the
 * ReactFlowProvider. Read-only designers show it too: commenting is not editing.
 */
export function CommentsPanel() {
  const open = useComments((s) => s.panelOpen);
  const setOpen = useComments((s) => s.setPanelOpen);
  const threads = useComments((s) => s.threads);
  const loaded = useComments((s) => s.loaded);
  const error = useComments((s) => s.error);
  const filter = useComments((s) => s.filter);
  const setFilter = useComments((s) => s.setFilter);
  const mayComment = useComments((s) => s.permissions.comment);
  const { jumpTo } = useNavigationActions();
  if (!open) return null;

  const shown = threads.filter((t) => t.status === filter);
  const count = (status: ThreadStatus) => threads.filter((t) => t.status === status).length;
  const showTarget = (thread: ThreadDto) => void jumpTo({ tableId: thread.target.tableId, columnId: thread.target.columnName === null ? null : thread.target.columnId });

  return (
    <aside aria-label="Comments" className="flex w-80 shrink-0 flex-col border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="space-y-2 border-b border-zinc-200 p-3 dark:border-zinc-800">
        <div className="flex items-center justify-between">
          <h2 className="text-sm font-semibold">Comments</h2>
          <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>Close</Button>
        </div>
        <div role="tablist" aria-label="Thread status" className="flex gap-1 text-xs">
          {FILTERS.map(({ status, label }) => (
            <button key={status} type="button" role="tab" aria-selected={filter === status} onClick={() => setFilter(status)}
              className={`rounded px-2 py-0.5 ${filter === status ? 'bg-indigo-50 font-semibold text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200' : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800'}`}>
              {label} ({count(status)})
            </button>
          ))}
        </div>
        {mayComment && <NewThreadForm />}
        {error && <p role="alert" className="text-xs text-red-600">Comments could not be loaded: {error}</p>}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        {!loaded && !error && <p className="text-xs text-zinc-500" aria-live="polite">Loading comments…</p>}
        {loaded && shown.length === 0 && <p className="text-xs text-zinc-500">{filter === 'open' ? 'No open threads.' : 'No resolved threads.'}</p>}
        <ul aria-label={`${filter === 'open' ? 'Open' : 'Resolved'} threads`} className="space-y-2">
          {shown.map((thread) => <ThreadCard key={thread.id} thread={thread} onShowTarget={showTarget} />)}
        </ul>
      </div>
    </aside>
  );
}
