import type { ReactNode } from 'react';

const inputClass = 'mt-1 block h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950';

/** A labelled whole-number field; an empty or non-numeric entry becomes NaN, which the workload check reports. */
export function NumberField({ label, value, onChange, min }: { label: string; value: number; onChange: (n: number) => void; min?: number }) {
  return (
    <label className="block text-xs font-medium">{label}
      <input type="number" inputMode="numeric" min={min} className={inputClass} value={Number.isNaN(value) ? '' : value}
        onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))} />
    </label>
  );
}

export function TextInput({ label, value, onChange, type = 'text', autoComplete }: {
  label: string; value: string; onChange: (v: string) => void; type?: 'text' | 'password'; autoComplete?: string;
}) {
  return (
    <label className="block text-xs font-medium">{label}
      <input type={type} autoComplete={autoComplete} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange }: {
  label: string; value: T; options: readonly (T | readonly [T, string])[]; onChange: (v: T) => void;
}) {
  return (
    <label className="block text-xs font-medium">{label}
      <select className={inputClass} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => {
          const [v, text] = typeof o === 'string' ? [o, o] : o;
          return <option key={v} value={v}>{text}</option>;
        })}
      </select>
    </label>
  );
}

export function Fieldset({ legend, children, action }: { legend: string; children: ReactNode; action?: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <legend className="flex items-center gap-2 px-1 text-xs font-semibold uppercase tracking-wide text-zinc-500">{legend}{action}</legend>
      {children}
    </fieldset>
  );
}

/** `list` with item `i` replaced by `patch` applied to it. */
export function replaceAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((item, k) => (k === i ? { ...item, ...patch } : item));
}
