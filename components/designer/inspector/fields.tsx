'use client';

import { useId, type ReactNode } from 'react';

const INPUT = 'block h-7 w-full rounded-md border border-zinc-300 bg-white px-1.5 text-xs shadow-sm outline-none focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-950';

/** Small labelled controls for the inspector; every control has an accessible name. */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-label={title}>
      <div className="flex items-center justify-between">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h2>
        {actions}
      </div>
      <div className="mt-2 space-y-2">{children}</div>
    </section>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, className = '' }: {
  label: string; value: T; options: readonly (T | { value: T; label: string })[]; onChange: (value: T) => void; className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="sr-only">{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} className={INPUT}>
        {options.map((o) => typeof o === 'string' ? <option key={o} value={o}>{o}</option> : <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange, visibleLabel }: { label: string; checked: boolean; onChange: (checked: boolean) => void; visibleLabel?: string }) {
  return (
    <label className="inline-flex items-center gap-1 text-xs text-zinc-600 dark:text-zinc-400">
      <input type="checkbox" aria-label={label} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {visibleLabel ?? label}
    </label>
  );
}

/** A number input that commits on blur or Enter; empty means null. */
export function NumberField({ label, value, onCommit, className = '' }: { label: string; value: number | null; onCommit: (value: number | null) => void; className?: string }) {
  return (
    <input
      key={String(value)}
      type="number"
      aria-label={label}
      defaultValue={value ?? ''}
      className={`${INPUT} ${className}`}
      onBlur={(e) => { const v = e.currentTarget.value.trim(); const n = v === '' ? null : Number(v); if (n !== value && (n === null || Number.isFinite(n))) onCommit(n); }}
      onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
    />
  );
}

/** A text input that commits on blur or Enter; empty means null. */
export function TextField({ label, value, onCommit, placeholder, className = '' }: { label: string; value: string | null; onCommit: (value: string | null) => void; placeholder?: string; className?: string }) {
  return (
    <input
      key={value ?? ''}
      aria-label={label}
      defaultValue={value ?? ''}
      placeholder={placeholder}
      spellCheck={false}
      className={`${INPUT} font-mono ${className}`}
      onBlur={(e) => { const v = e.currentTarget.value.trim(); const next = v === '' ? null : v; if (next !== value) onCommit(next); }}
      onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
    />
  );
}

export function SmallButton({ label, children, onClick, disabled }: { label: string; children: ReactNode; onClick: () => void; disabled?: boolean }) {
  return (
    <button type="button" aria-label={label} title={label} disabled={disabled} onClick={onClick}
      className="rounded px-1.5 py-0.5 text-xs text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-30 dark:hover:bg-zinc-800">
      {children}
    </button>
  );
}

/**
 * A text input that adds something: commits a non-empty value on Enter or blur,
 * then clears itself, so a second blur does not add it twice.
 */
export function AddTextField({ label, onAdd, placeholder, className = '' }: { label: string; onAdd: (value: string) => void; placeholder?: string; className?: string }) {
  const commit = (input: HTMLInputElement) => {
    const v = input.value.trim();
    input.value = '';
    if (v !== '') onAdd(v);
  };
  return (
    <input
      aria-label={label}
      placeholder={placeholder}
      spellCheck={false}
      className={`${INPUT} font-mono ${className}`}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={(e) => { if (e.key === 'Enter') commit(e.currentTarget); }}
    />
  );
}
