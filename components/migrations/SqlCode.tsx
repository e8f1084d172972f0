import { useMemo } from 'react';
import { tokenize, type TokenKind } from '@/lib/client/migrations/highlight';

const CLASS: Record<TokenKind, string> = {
  keyword: 'text-indigo-700 font-semibold dark:text-indigo-300',
  identifier: 'text-zinc-800 dark:text-zinc-200',
  quoted: 'text-teal-700 dark:text-teal-300',
  string: 'text-amber-700 dark:text-amber-300',
  comment: 'text-zinc-500 italic dark:text-zinc-500',
  number: 'text-fuchsia-700 dark:text-fuchsia-300',
  operator: 'text-zinc-500 dark:text-zinc-400',
  space: '',
  text: '',
};

/** SQL with syntax highlighting (lib/client/migrations/highlight.ts); the text stays selectable and copyable as is. */
export function SqlCode({ sql, label }: { sql: string; label?: string }) {
  const tokens = useMemo(() => tokenize(sql), [sql]);
  return (
    <pre aria-label={label} className="overflow-x-auto rounded-md bg-zinc-50 p-3 font-mono text-xs leading-relaxed ring-1 ring-zinc-200 dark:bg-zinc-950 dark:ring-zinc-800">
      <code>
        {tokens.map((t, i) => (t.kind === 'space' || t.kind === 'text'
          ? t.text
          : <span key={i} data-token={t.kind} className={CLASS[t.kind]}>{t.text}</span>))}
      </code>
    </pre>
  );
}
