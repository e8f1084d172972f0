import type { LiveHistoryEntry } from '@/lib/api/dto';
import { Button } from '../ui/Button';

/** The target's migration history for this diagram; "Roll back to" on every applied version but the newest. */
export function HistoryTable({ entries, onRollback, disabled }: { entries: readonly LiveHistoryEntry[]; onRollback: (version: number) => void; disabled: boolean }) {
  if (entries.length === 0) return <p className="text-zinc-500">Nothing of this diagram has been applied here yet.</p>;
  const newest = Math.max(...entries.filter((e) => e.success).map((e) => e.version), 0);
  return (
    <div className="space-y-2">
      <table aria-label="History" className="w-full text-left text-xs">
        <thead className="text-zinc-500">
          <tr><th className="py-1">Version</th><th>Name</th><th>Checksum</th><th>Applied at</th><th>Duration</th><th>By</th><th>Success</th><th>Backup</th><th /></tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.version} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="py-1.5">{e.version}</td>
              <td>{e.name}</td>
              <td className="font-mono">{e.checksum.slice(0, 10)}</td>
              <td>{new Date(e.appliedAt).toLocaleString()}</td>
              <td>{e.durationMs} ms</td>
              <td>{e.appliedBy}</td>
              <td title={e.error ?? undefined}>{e.success ? 'yes' : 'no'}</td>
              <td className="font-mono">{e.backup ?? '—'}</td>
              <td>{e.success && e.version < newest && <Button size="sm" variant="ghost" disabled={disabled} onClick={() => onRollback(e.version)}>Roll back to {e.version}</Button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {newest > 0 && <Button size="sm" variant="ghost" disabled={disabled} onClick={() => onRollback(0)}>Roll back everything</Button>}
    </div>
  );
}
