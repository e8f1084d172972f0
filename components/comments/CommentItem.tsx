'use client';

import { useState } from 'react';
import type { CommentDto } from '@/lib/api/comment-dto';
import { useComments } from '@/lib/client/comments/context';
import { timeAgo } from '@/lib/client/format-time';
import { CommentComposer } from './CommentComposer';

/** One comment: who, when, what; its author may edit it, its author or a manager may delete it. */
export function CommentItem({ comment, first }: { comment: CommentDto; first: boolean }) {
  const mayComment = useComments((s) => s.permissions.comment);
  const edit = useComments((s) => s.edit);
  const remove = useComments((s) => s.remove);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <li aria-label={`Comment by ${comment.authorName}`} className="space-y-0.5">
      <div className="flex items-baseline gap-1.5 text-[11px] text-zinc-500">
        <span className="font-semibold text-zinc-800 dark:text-zinc-200">{comment.authorName}</span>
        <time dateTime={comment.createdAt} title={new Date(comment.createdAt).toLocaleString()}>{timeAgo(comment.createdAt)}</time>
        {comment.editedAt && <span title={`edited ${new Date(comment.editedAt).toLocaleString()}`}>(edited)</span>}
        <span className="ml-auto flex gap-1">
          {comment.mine && mayComment && !editing && <SmallButton onClick={() => setEditing(true)}>Edit</SmallButton>}
          {comment.canDelete && !confirming && <SmallButton onClick={() => setConfirming(true)}>Delete</SmallButton>}
        </span>
      </div>
      {editing ? (
        <CommentComposer label="Edit comment" action="Save" initial={comment.body} onCancel={() => setEditing(false)}
          send={async (body) => { const failed = await edit(comment.id, body); if (!failed) setEditing(false); return failed; }} />
      ) : (
        <p className="whitespace-pre-wrap break-words text-xs text-zinc-800 dark:text-zinc-200">{comment.body}</p>
      )}
      {confirming && (
        <div role="group" aria-label="Confirm deletion" className="flex items-center gap-1.5 text-[11px]">
          <span className="text-red-700 dark:text-red-400">{first ? 'Delete the whole thread?' : 'Delete this comment?'}</span>
          <SmallButton onClick={async () => { setProblem(await remove(comment.id)); setConfirming(false); }}>Delete</SmallButton>
          <SmallButton onClick={() => setConfirming(false)}>Keep</SmallButton>
        </div>
      )}
      {problem && <p role="alert" className="text-xs text-red-600">{problem}</p>}
    </li>
  );
}

function SmallButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button type="button" onClick={onClick} className="rounded px-1 text-[11px] text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100">
      {children}
    </button>
  );
}
