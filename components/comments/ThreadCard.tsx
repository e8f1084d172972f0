'use client';

import { useState } from 'react';
import type { ThreadDto } from '@/lib/api/comment-dto';
import { useComments } from '@/lib/client/comments/context';
import { targetText } from '@/lib/client/comments/target-text';
import { timeAgo } from '@/lib/client/format-time';
import { Button } from '../ui/Button';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';

/** A thread: its target (a click shows it on the canvas), resolve or reopen, its comments, a reply box. */
export function ThreadCard({ thread, onShowTarget }: { thread: ThreadDto; onShowTarget: (thread: ThreadDto) => void }) {
  const mayComment = useComments((s) => s.permissions.comment);
  const reply = useComments((s) => s.reply);
  const resolve = useComments((s) => s.resolve);
  const reopen = useComments((s) => s.reopen);
  const [problem, setProblem] = useState<string | null>(null);
  const target = targetText(thread.target);
  const gone = thread.target.state === 'table_deleted';
  const resolved = thread.status === 'resolved';

  return (
    <li aria-label={`Thread on ${target}`} data-status={thread.status}
      className={`space-y-2 rounded-md border p-2.5 ${resolved ? 'border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/60' : 'border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900'}`}>
      <div className="flex items-center gap-1.5">
        <button type="button" disabled={gone} onClick={() => onShowTarget(thread)} title={gone ? 'This table is no longer in the diagram' : 'Show on the canvas'}
          className={`min-w-0 truncate text-left font-mono text-xs ${gone || thread.target.state === 'column_deleted' ? 'italic text-zinc-500' : 'text-indigo-700 hover:underline dark:text-indigo-300'}`}>
          {target}
        </button>
        {mayComment && (
          <Button size="sm" variant="ghost" className="ml-auto" onClick={async () => setProblem(await (resolved ? reopen : resolve)(thread.id))}>
            {resolved ? 'Reopen' : 'Resolve'}
          </Button>
        )}
      </div>
      {resolved && (
        <p className="text-[11px] text-emerald-800 dark:text-emerald-300">
          Resolved{thread.resolvedByName ? ` by ${thread.resolvedByName}` : ''}{thread.resolvedAt ? ` ${timeAgo(thread.resolvedAt)}` : ''}
        </p>
      )}
      {problem && <p role="alert" className="text-xs text-red-600">{problem}</p>}
      <ul className="space-y-2">
        {thread.comments.map((comment, i) => <CommentItem key={comment.id} comment={comment} first={i === 0} />)}
      </ul>
      {mayComment && <CommentComposer label="Reply" action="Reply" rows={1} send={(body) => reply(thread.id, body)} />}
    </li>
  );
}
