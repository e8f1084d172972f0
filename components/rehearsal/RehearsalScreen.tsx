'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { ConnectionSummary, RehearsalFailure, RehearsalReportDto, VersionSummary } from '@/lib/api/dto';
import { getDiagram } from '@/lib/client/api';
import { liveApi } from '@/lib/client/live/api';
import { runRehearsal } from '@/lib/client/rehearsal/api';
import { emptyProgress, foldProgress, type RehearsalProgress } from '@/lib/client/rehearsal/progress';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ArrowLeftIcon } from '../ui/icons';
import { RehearsalProgressView } from './RehearsalProgressView';
import { RehearsalReportView } from './RehearsalReportView';

const FAILURE_WHERE: Record<RehearsalFailure['kind'], string> = {
  target_refused: 'The target refused the rehearsal',
  target_unavailable: 'The target could not be reached',
  schema_failed: 'Creating the schema failed',
  migration_failed: 'The migration failed',
  invalid_input: 'The diagram cannot be rehearsed',
  internal: 'The server failed',
};

/** `/diagrams/:id/rehearsal`: target, scale, "apply proposals" → run with live progress → report. */
export function RehearsalScreen({ diagramId }: { diagramId: string }) {
  const [name, setName] = useState('');
  const [connections, setConnections] = useState<ConnectionSummary[]>([]);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [target, setTarget] = useState('sandbox');
  const [scale, setScale] = useState(0.01);
  const [fromVersion, setFromVersion] = useState('');
  const [applyProposals, setApplyProposals] = useState(true);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<RehearsalProgress | null>(null);
  const [report, setReport] = useState<RehearsalReportDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getDiagram(diagramId).then((r) => (r.ok ? setName(r.value.name) : setError(`Could not open the diagram: ${r.error.error.message}`)));
    void liveApi.listConnections().then((r) => r.ok && setConnections(r.value));
    void fetch(`/api/diagrams/${encodeURIComponent(diagramId)}/versions`, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() as Promise<{ versions: VersionSummary[] }> : { versions: [] }))
      .then((b) => setVersions(b.versions), () => undefined);
  }, [diagramId]);

  async function run() {
    setRunning(true); setError(null); setReport(null); setProgress(emptyProgress());
    const outcome = await runRehearsal(diagramId, {
      target, scale, applyProposals, ...(fromVersion ? { fromVersion: Number(fromVersion) } : {}),
    }, (line) => {
      if (line.type === 'event') setProgress((p) => foldProgress(p ?? emptyProgress(), line.event));
    });
    setRunning(false);
    if (!outcome.ok) return setError(outcome.error.message);
    if (outcome.value.ok) setReport(outcome.value.report);
    else setError(`${FAILURE_WHERE[outcome.value.error.kind]}: ${outcome.value.error.message}`);
  }

  const targetLabel = target === 'sandbox' ? null : connections.find((c) => c.id === target);
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-6 py-8">
      <Link href={`/diagrams/${diagramId}`} className="inline-flex items-center gap-1.5 text-zinc-600 hover:text-zinc-900 dark:text-zinc-400"><ArrowLeftIcon /> Back to the diagram</Link>
      <div>
        <h1 className="text-xl font-semibold">Rehearse {name ? `“${name}”` : 'diagram'}</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          Fill the schema with synthetic rows at the declared volumes, time the migration, and EXPLAIN every access pattern — in a throw-away database, never one in use.
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-4" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <div>
          <label htmlFor="rehearsal-target" className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">Target</label>
          <select id="rehearsal-target" value={target} disabled={running} onChange={(e) => setTarget(e.target.value)} className="mt-1.5 h-9 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950">
            <option value="sandbox">Sandbox (fresh in-memory PostgreSQL)</option>
            {connections.map((c) => <option key={c.id} value={c.id}>{c.name} — scratch database on {c.host}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="rehearsal-scale" className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">Scale (fraction of the declared rows)</label>
          <div className="mt-1.5 flex items-center gap-2">
            <input type="range" aria-label="Scale slider" min={0.001} max={0.2} step={0.001} value={Math.min(scale, 0.2)} disabled={running} onChange={(e) => setScale(Number(e.target.value))} />
            <input id="rehearsal-scale" type="number" min={0.0001} max={10} step="any" value={scale} disabled={running}
              onChange={(e) => setScale(Number(e.target.value))} className="h-9 w-24 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950" />
          </div>
        </div>
        {versions.length > 0 && (
          <div>
            <label htmlFor="rehearsal-from" className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">Load into</label>
            <select id="rehearsal-from" value={fromVersion} disabled={running} onChange={(e) => setFromVersion(e.target.value)} className="mt-1.5 h-9 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950">
              <option value="">The diagram now (no migration)</option>
              {versions.map((v) => <option key={v.version} value={v.version}>Version {v.version}{v.label ? ` “${v.label}”` : ''}, then migrate to now</option>)}
            </select>
          </div>
        )}
        <label className="flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" checked={applyProposals} disabled={running} onChange={(e) => setApplyProposals(e.target.checked)} />
          Apply index proposals and compare
        </label>
        <Button type="submit" variant="primary" disabled={running || !(scale > 0 && scale <= 10)}>{running ? 'Rehearsing…' : 'Run rehearsal'}</Button>
      </form>
      {targetLabel && <p className="text-xs text-zinc-500">A scratch database is created on the server of “{targetLabel.name}” (needs CREATEDB) and dropped at the end; {targetLabel.database} itself is not touched.</p>}
      {error && <ErrorAlert onDismiss={() => setError(null)}>{error}</ErrorAlert>}
      {progress && <RehearsalProgressView progress={progress} running={running} />}
      {report && <RehearsalReportView diagramId={diagramId} report={report} />}
    </div>
  );
}
