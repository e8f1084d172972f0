'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import type { ConnectionSummary, DriftReport, LiveHistory, LivePlan, LiveStreamLine } from '@/lib/api/dto';
import { getDiagram } from '@/lib/client/api';
import { liveApi } from '@/lib/client/live/api';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';
import { ArrowLeftIcon } from '../ui/icons';
import { TextField } from '../ui/TextField';
import { HistoryTable } from './HistoryTable';
import { DriftView, PlanView } from './PlanView';
import { RunLog } from './RunLog';

/** `/diagrams/:id/apply`: target → plan → dry run → apply (typed confirmation when destructive) → progress → history → roll back. */
export function ApplyScreen({ diagramId }: { diagramId: string }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [connections, setConnections] = useState<ConnectionSummary[]>([]);
  const [target, setTarget] = useState('sandbox');
  const [plan, setPlan] = useState<LivePlan | null>(null);
  const [drift, setDrift] = useState<DriftReport | null>(null);
  const [history, setHistory] = useState<LiveHistory | null>(null);
  const [lines, setLines] = useState<LiveStreamLine[]>([]);
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rollbackTo, setRollbackTo] = useState<number | null>(null);
  const [rollbackConfirm, setRollbackConfirm] = useState('');

  useEffect(() => {
    void getDiagram(diagramId).then((r) => (r.ok ? setName(r.value.name) : setError(r.error.error.message)));
    void liveApi.listConnections().then((r) => r.ok && setConnections(r.value));
  }, [diagramId]);

  const showHistory = useCallback((r: Awaited<ReturnType<typeof liveApi.history>>) => (r.ok ? setHistory(r.value) : setError(r.error.message)), []);
  const loadHistory = useCallback(() => liveApi.history(diagramId, target).then(showHistory), [diagramId, target, showHistory]);
  useEffect(() => {
    void liveApi.history(diagramId, target).then(showHistory);
  }, [diagramId, target, showHistory]);

  const chooseTarget = (next: string) => {
    setTarget(next);
    setPlan(null); setDrift(null); setHistory(null); setLines([]); setConfirm('');
  };

  async function step<T>(key: string, work: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, then: (v: T) => void) {
    setBusy(key);
    setError(null);
    const r = await work();
    setBusy(null);
    if (r.ok) then(r.value);
    else setError(r.error.message);
  }

  const makePlan = () => step('plan', () => liveApi.plan(diagramId, target), (p) => { setPlan(p); setDrift(null); setLines([]); setConfirm(''); });
  const showDrift = () => step('drift', () => liveApi.drift(diagramId, target), setDrift);
  const introspect = () => step('introspect', () => liveApi.introspect(target), (b) => router.push(`/diagrams/${b.diagram.id}`));

  async function stream(key: string, start: (onLine: (l: LiveStreamLine) => void) => Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>) {
    setLines([]);
    await step(key, () => start((line) => setLines((all) => [...all, line])), () => undefined);
    await loadHistory();
  }
  const run = (dryRun: boolean) => plan && stream(dryRun ? 'dry' : 'apply', (onLine) =>
    liveApi.apply(diagramId, target, { dryRun, planId: plan.planId, ...(confirm ? { confirm } : {}) }, onLine)).then(() => {
    if (!dryRun) void liveApi.plan(diagramId, target).then((r) => r.ok && setPlan(r.value));
  });
  const rollback = () => {
    if (rollbackTo === null) return;
    const to = rollbackTo;
    setRollbackTo(null);
    void stream('rollback', (onLine) => liveApi.rollback(diagramId, target, { toVersion: to, ...(rollbackConfirm ? { confirm: rollbackConfirm } : {}) }, onLine)).then(() => setPlan(null));
  };

  const database = plan?.database ?? history?.database ?? '';
  const needsConfirm = (plan?.dataLoss.length ?? 0) > 0;
  const canApply = plan !== null && plan.migrations.length > 0 && (!needsConfirm || confirm === plan.database) && busy === null;

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-6 py-8">
      <Link href={`/diagrams/${diagramId}`} className="inline-flex items-center gap-1.5 text-zinc-600 hover:text-zinc-900 dark:text-zinc-400"><ArrowLeftIcon /> Back to the diagram</Link>
      <div>
        <h1 className="text-xl font-semibold">Apply {name ? `“${name}”` : 'diagram'}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">Plan, rehearse with a dry run, apply, and roll back — on the sandbox or a saved connection (<Link className="underline" href="/connections">manage connections</Link>).</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="target" className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">Target</label>
          <select id="target" value={target} onChange={(e) => chooseTarget(e.target.value)} className="mt-1.5 h-9 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950">
            <option value="sandbox">Sandbox (embedded PostgreSQL)</option>
            {connections.map((c) => <option key={c.id} value={c.id}>{c.name} — {c.host}/{c.database}</option>)}
          </select>
        </div>
        <Button variant="primary" disabled={busy !== null} onClick={makePlan}>{busy === 'plan' ? 'Planning…' : 'Plan'}</Button>
        <Button disabled={busy !== null} onClick={showDrift}>{busy === 'drift' ? 'Comparing…' : 'Show drift'}</Button>
        <Button variant="ghost" disabled={busy !== null} onClick={introspect}>Introspect into a new diagram</Button>
      </div>
      {error && <ErrorAlert onDismiss={() => setError(null)}>{error}</ErrorAlert>}
      {drift && <DriftView drift={drift} />}
      {plan && (
        <div className="space-y-3">
          <PlanView plan={plan} />
          {plan.migrations.length > 0 && (
            <div className="flex flex-wrap items-end gap-3">
              <Button disabled={busy !== null} onClick={() => run(true)}>{busy === 'dry' ? 'Running…' : 'Dry run'}</Button>
              {needsConfirm && <TextField label={`Type “${plan.database}” to confirm`} value={confirm} onChange={(e) => setConfirm(e.target.value)} className="w-64" autoComplete="off" />}
              <Button variant={needsConfirm ? 'danger' : 'primary'} disabled={!canApply} onClick={() => run(false)}>{busy === 'apply' ? 'Applying…' : 'Apply'}</Button>
            </div>
          )}
        </div>
      )}
      {lines.length > 0 && <RunLog lines={lines} />}
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-base font-semibold">History</h2>
        {history ? <HistoryTable entries={history.entries} disabled={busy !== null} onRollback={(v) => { setRollbackTo(v); setRollbackConfirm(''); }} /> : <p className="text-zinc-500">Loading history…</p>}
      </section>
      <Dialog open={rollbackTo !== null} title={`Roll back to version ${rollbackTo ?? ''}?`} onClose={() => setRollbackTo(null)}
        description="The DOWN scripts of every later version run, newest first, with the same checks as apply. Steps that drop data are backed up first.">
        <TextField label={`Type “${database}” to confirm`} value={rollbackConfirm} onChange={(e) => setRollbackConfirm(e.target.value)} autoComplete="off" />
        <DialogActions>
          <Button onClick={() => setRollbackTo(null)}>Cancel</Button>
          <Button variant="danger" disabled={rollbackConfirm !== database} onClick={rollback}>Roll back</Button>
        </DialogActions>
      </Dialog>
    </div>
  );
}
