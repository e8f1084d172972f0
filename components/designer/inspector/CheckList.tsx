'use client';

/**
 * A multi-select as a group of labelled checkboxes: readable with a screen
 * reader, usable with the keyboard, and short lists are what the inspector has.
 */
export function CheckList({ label, options, selected, onChange, empty }: {
  label: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown when there is nothing to choose from. */
  empty?: string;
}) {
  const toggle = (value: string, on: boolean) =>
    // Keep the options' order, so the stored list does not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset aria-label={label} className="space-y-0.5">
      <legend className="text-[11px] text-zinc-500">{label}</legend>
      {options.length === 0 && empty && <p className="text-[11px] italic text-zinc-400">{empty}</p>}
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-1 font-mono text-[11px] text-zinc-700 dark:text-zinc-300">
          <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
