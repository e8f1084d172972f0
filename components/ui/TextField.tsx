import { useId, type InputHTMLAttributes } from 'react';

export function TextField({
  label,
  error,
  hint,
  className = '',
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string | null; hint?: string }) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        className={`mt-1.5 block h-9 w-full rounded-md border bg-white px-3 text-sm shadow-sm outline-none transition focus:ring-2 dark:bg-zinc-950 ${
          error
            ? 'border-red-400 focus:border-red-500 focus:ring-red-500/20'
            : 'border-zinc-300 focus:border-indigo-500 focus:ring-indigo-500/20 dark:border-zinc-700'
        }`}
        {...input}
      />
      {(error || hint) && (
        <p id={messageId} className={`mt-1.5 text-xs ${error ? 'text-red-600' : 'text-zinc-500'}`}>{error ?? hint}</p>
      )}
    </div>
  );
}
