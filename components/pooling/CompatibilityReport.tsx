import type { CompatibilityEntry } from '@/lib/pooling/compatibility';

const TONE = {
  error: 'border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950',
  warning: 'border-amber-300 bg-amber-50 dark:border-amber-900 dark:bg-amber-950',
  info: 'border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950',
};

/** What the pool mode breaks for the features the app uses, and what to do about each. */
export function CompatibilityReport({ entries }: { entries: readonly CompatibilityEntry[] }) {
  return (
    <section aria-label="Compatibility report" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-sm font-semibold">Compatibility</h2>
      {entries.length === 0
        ? <p className="mt-2 text-xs text-zinc-500">Nothing in this workload conflicts with the pool mode.</p>
        : (
          <ul className="mt-2 space-y-2">
            {entries.map((e) => (
              <li key={e.code} className={`rounded-md border p-2 text-xs ${TONE[e.severity]}`}>
                <div><span className="font-semibold uppercase">{e.severity}</span> <span className="font-mono">{e.code}</span></div>
                <p className="mt-1">{e.problem}</p>
                <p className="mt-1 text-zinc-600 dark:text-zinc-400">What to do: {e.fix}</p>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}
