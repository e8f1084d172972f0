'use client';

import { useId, useState } from 'react';

/**
 * A text input that edits a document value: it keeps a draft while typing and
 * commits on Enter or when focus leaves; Escape puts the current value back.
 * `onCommit` returns an error message to show, or null when accepted. Give it
 * `key={value}` so a change from elsewhere (a merge) replaces the draft.
 */
export function CommitInput({
  label,
  value,
  onCommit,
  className = '',
  bare = false,
}: {
  label: string;
  value: string;
  onCommit: (next: string) => string | null;
  className?: string;
  /** Looks like text until hovered or focused (for titles). */
  bare?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const commit = () => {
    if (draft === value) {
      setError(null);
      return;
    }
    setError(onCommit(draft));
  };

  const look = bare
    ? 'border-transparent bg-transparent hover:border-zinc-200 focus:border-indigo-500 dark:hover:border-zinc-700'
    : 'border-zinc-300 bg-white shadow-sm focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-950';

  return (
    <div className={`relative ${className}`}>
      <input
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') {
            setDraft(value);
            setError(null);
          }
        }}
        className={`block h-8 w-full rounded-md border px-2 outline-none transition focus:ring-2 focus:ring-indigo-500/20 ${
          error ? 'border-red-400 focus:border-red-500' : look
        }`}
      />
      {error && (
        <p id={errorId} role="alert" className={`mt-1 text-xs text-red-600 ${bare ? 'absolute left-0 top-full z-20 w-max max-w-md rounded-md border border-red-200 bg-white px-2 py-1 shadow-md' : ''}`}>
          {error}
        </p>
      )}
    </div>
  );
}
