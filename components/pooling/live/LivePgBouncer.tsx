'use client';

import { useState } from 'react';
import { describeFailure } from '@/lib/client/migrations/request';
import { pgbouncerApply, pgbouncerDiff, type ConsoleRef, type PgBouncerApplyDto, type PgBouncerDiffDto } from '@/lib/client/pooling/live';
import type { Workload } from '@/lib/model/workload';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { ConsoleConnect } from './ConsoleConnect';
import { LiveDiffTable } from './LiveDiffTable';

/**
 * "Live PgBouncer": connect to a running PgBouncer's admin console, see its
 * version, settings and pools, how they differ from what this page generates,
 * and SET the settings that apply live after a confirmation. SET lasts until
 * PgBouncer reloads or restarts from its own file; the page says so.
 */
export function LivePgBouncer({ workload }: { workload: Workload | null }) {
  const [console, setConsole] = useState<ConsoleRef | null>(null);
  const [diff, setDiff] = useState<PgBouncerDiffDto | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<PgBouncerApplyDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const compare = async (target: ConsoleRef) => {
    if (!workload) return;
    setBusy(true);
    const answer = await pgbouncerDiff(target, workload);
    setBusy(false);
    if (!answer.ok) return setError(describeFailure(answer.error));
    setError(null);
    setConsole(target);
    setDiff(answer.value);
    setChosen(preselected(answer.value.changes));
  };

  const apply = async () => {
    if (!console || !workload) return;
    setConfirming(false);
    setBusy(true);
    const answer = await pgbouncerApply(console, workload, [...chosen]);
    setBusy(false);
    if (!answer.ok) return setError(describeFailure(answer.error));
    setResult(answer.value);
    setDiff(answer.value.after);
    setChosen(preselected(answer.value.after.changes));
  };

  const status = diff?.status;
  const toApply = diff?.changes.filter((c) => c.action === 'set' && chosen.has(c.key)) ?? [];
  return (
    <section aria-label="Live PgBouncer" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="text-sm font-semibold">Live PgBouncer</h2>
      <p className="mt-1 text-xs text-zinc-500">Compare a running PgBouncer with this config and change what it allows at runtime. Settings that need a restart are listed, never applied.</p>
      <div className="mt-3"><ConsoleConnect busy={busy} onConnect={(target) => void compare(target)} /></div>
      {error && <div className="mt-3"><ErrorAlert onDismiss={() => setError(null)}><p className="whitespace-pre-line">{error}</p></ErrorAlert></div>}
      {status && diff && (
        <div className="mt-4 space-y-3">
          <p className="text-xs"><span aria-label="Running version" className="font-semibold">{status.version}</span> at {status.console} — compared with the config generated for {diff.generatedVersion} ({diff.versionSource === 'running' ? 'the running version' : diff.versionSource === 'request' ? 'the version asked for' : "the workload's version"}).</p>
          <LiveDiffTable changes={diff.changes} chosen={chosen} onToggle={(key) => setChosen((s) => { const next = new Set(s); if (next.has(key)) next.delete(key); else next.add(key); return next; })} />
          <div className="flex gap-2">
            <Button variant="primary" disabled={busy || toApply.length === 0} onClick={() => setConfirming(true)}>Apply live</Button>
            <Button disabled={busy} onClick={() => console && void compare(console)}>Refresh</Button>
          </div>
          {result && (
            <p role="status" aria-label="Apply result" className="text-xs">
              {result.applied.length > 0 ? `Applied ${result.applied.map((a) => `${a.key} = ${a.value}`).join(', ')}.` : 'Nothing was applied.'}
              {result.failed.length > 0 && ` Failed: ${result.failed.map((f) => `${f.key} (${f.message})`).join('; ')}.`}
              {result.needsRestart.length > 0 && ` Needs a restart of PgBouncer: ${result.needsRestart.join(', ')}.`}
              {' '}Live changes last until PgBouncer reloads or restarts from its pgbouncer.ini: install the generated file to keep them.
            </p>
          )}
          <details>
            <summary className="cursor-pointer text-xs text-zinc-600 dark:text-zinc-400">Current settings ({status.settings.length}) and pools ({status.pools.length})</summary>
            <table aria-label="Live settings" className="mt-2 w-full text-left font-mono text-[11px]">
              <tbody>{status.settings.map((s) => <tr key={s.key}><td className="pr-2">{s.key}</td><td className="pr-2">{s.value}</td><td className="text-zinc-500">{s.changeable ? 'live' : 'restart'}</td></tr>)}</tbody>
            </table>
            <table aria-label="Pools" className="mt-2 w-full text-left font-mono text-[11px]">
              <thead><tr className="text-zinc-500"><th>database</th><th>user</th><th>cl_active</th><th>cl_waiting</th><th>sv_active</th><th>sv_idle</th><th>pool_mode</th></tr></thead>
              <tbody>{status.pools.map((p, i) => <tr key={i}>{['database', 'user', 'cl_active', 'cl_waiting', 'sv_active', 'sv_idle', 'pool_mode'].map((k) => <td key={k}>{String(p[k] ?? '')}</td>)}</tr>)}</tbody>
            </table>
          </details>
        </div>
      )}
      <Dialog open={confirming} title="Apply to the running PgBouncer?" onClose={() => setConfirming(false)}
        description={`These settings change now on ${status?.console ?? 'PgBouncer'} with SET; they last until it reloads or restarts from its file.`}>
        <ul className="list-disc pl-5 font-mono text-xs">{toApply.map((c) => <li key={c.key}>{c.key}: {c.live} → {c.wanted}</li>)}</ul>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
          <Button variant="primary" onClick={() => void apply()}>Apply {toApply.length} setting{toApply.length === 1 ? '' : 's'}</Button>
        </DialogActions>
      </Dialog>
    </section>
  );
}

/**
 * Settings that point at files or addresses on the PgBouncer host (a missing
 * auth_file breaks every login) are offered but never ticked for the user.
 */
const NEVER_PRESELECTED = new Set(['auth_file', 'auth_hba_file', 'listen_addr', 'unix_socket_dir', 'logfile', 'pidfile']);

function preselected(changes: readonly { action: string; key: string }[]): Set<string> {
  return new Set(changes.filter((c) => c.action === 'set' && !NEVER_PRESELECTED.has(c.key)).map((c) => c.key));
}
