'use client';

import { useState, type FormEvent } from 'react';
import { COMMENT_BODY_MAX } from '@/lib/api/comment-requests';
import { Button } from '../ui/Button';

/**
 * A text box and a send button. `send` answers null when it worked (the box
 * empties) or the message to show; Ctrl/⌘+Enter sends too.
 */
export function CommentComposer({ label, action, initial = '', rows = 2, send, onCancel }: {
  /** The text box's accessible name ("New comment", "Reply", "Edit comment"). */
  label: string;
  /** The button's text. */
  action: string;
  initial?: string;
  /** Lines of the box before it grows with the text. */
  rows?: number;
  send: (body: string) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(initial);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const empty = body.trim() === '';

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (empty || sending) return;
    setSending(true);
    const failed = await send(body);
    setSending(false);
    setProblem(failed);
    if (!failed) setBody('');
  };

  return (
    <form onSubmit={submit} className="space-y-1.5">
      <textarea
        aria-label={label}
        value={body}
        maxLength={COMMENT_BODY_MAX}
        rows={Math.max(rows, body.split('\n').length)}
        placeholder={`${label}…`}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(); }}
        className="block w-full resize-y rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-xs outline-none focus:border-indigo-400 dark:border-zinc-700 dark:bg-zinc-950"
      />
      {problem && <p role="alert" className="text-xs text-red-600">{problem}</p>}
      <div className="flex justify-end gap-1.5">
        {onCancel && <Button size="sm" variant="ghost" onClick={onCancel}>Cancel</Button>}
        <Button size="sm" variant="primary" type="submit" disabled={empty || sending}>{sending ? 'Sending…' : action}</Button>
      </div>
    </form>
  );
}
