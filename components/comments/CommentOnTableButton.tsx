'use client';

import { useComments } from '@/lib/client/comments/context';
import { Button } from '../ui/Button';
import { CommentIcon } from './CommentIcon';

/** At the top of the inspector: starts a thread on this table (a column can be picked in the form) in the Comments panel. */
export function CommentOnTableButton({ tableId }: { tableId: string }) {
  const compose = useComments((s) => s.compose);
  const mayComment = useComments((s) => s.permissions.comment);
  if (!mayComment) return null;
  return (
    <div className="flex justify-end border-b border-zinc-200 px-5 py-1.5 dark:border-zinc-800">
      <Button variant="ghost" size="sm" onClick={() => compose({ tableId, columnId: null })}><CommentIcon />Comment on this table</Button>
    </div>
  );
}
