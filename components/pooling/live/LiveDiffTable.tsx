import type { SettingChange } from '@/lib/pooling/live-diff';

const HOW: Record<SettingChange['action'], string> = { set: 'applies live', restart: 'needs restart', unsupported: 'unknown to this version' };

/** Setting, live value, generated value, and how it can change; live-applicable rows can be (un)ticked for "Apply live". */
export function LiveDiffTable({ changes, chosen, onToggle }: { changes: readonly SettingChange[]; chosen: ReadonlySet<string>; onToggle: (key: string) => void }) {
  if (changes.length === 0) return <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">The running PgBouncer matches the generated settings.</p>;
  return (
    <table aria-label="Differences from the generated config" className="w-full text-left text-xs">
      <thead><tr className="text-zinc-500"><th className="py-1 pr-2">Apply</th><th className="py-1 pr-2">Setting</th><th className="py-1 pr-2">Live</th><th className="py-1 pr-2">Generated</th><th className="py-1">How</th></tr></thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.key} aria-label={c.key} className="border-t border-zinc-100 align-top dark:border-zinc-800">
            <td className="py-1 pr-2">
              {c.action === 'set' && <input type="checkbox" aria-label={`Apply ${c.key}`} checked={chosen.has(c.key)} onChange={() => onToggle(c.key)} />}
            </td>
            <td className="py-1 pr-2 font-mono">{c.key}</td>
            <td className="py-1 pr-2 font-mono">{c.live ?? '—'}</td>
            <td className="py-1 pr-2 font-mono font-semibold">{c.wanted}</td>
            <td className={`py-1 ${c.action === 'set' ? 'text-emerald-700 dark:text-emerald-400' : 'text-amber-800 dark:text-amber-300'}`}>{HOW[c.action]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
