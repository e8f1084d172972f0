'use client';

import { useCallback, useEffect, useState } from 'react';
import type { PlanDto, VersionSummary } from '@/lib/api/dto';
import { openDiagram } from '@/lib/client/sharing/api';
import { bundleUrl, fetchPlan, fetchVersions, planQuery, saveVersion, type PlanSelection } from '@/lib/client/migrations/api';
import { describeFailure } from '@/lib/client/migrations/request';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { MigrationFileCard } from './MigrationFileCard';
import { PlanControls } from './PlanControls';
import { PlanSummary } from './PlanSummary';
import { SubpageHeader } from './SubpageHeader';

/** /diagrams/:id/migrations — pick two versions, read the plan with its hazards, download the bundle. */
export function MigrationsScreen({ diagramId }: { diagramId: string }) {
  const [name, setName] = useState<string | null>(null);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [selection, setSelection] = useState<PlanSelection | null>(null);
  // The last plan answer, with the selection it was for: while it is for another selection, a new one is on its way.
  const [loaded, setLoaded] = useState<{ key: string; plan: PlanDto | null; error: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Sharing: viewers and commenters read the plan and download the bundle; saving a version is an edit.
  const [canEdit, setCanEdit] = useState(false);

  const loadVersions = useCallback(async () => {
    const listed = await fetchVersions(diagramId);
    if (listed.ok) setVersions(listed.value);
    else setError(describeFailure(listed.error));
  }, [diagramId]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const opened = await openDiagram(diagramId);
      if (!live) return;
      if (!opened.ok) return setError(describeFailure(opened.error));
      const diagram = opened.value.detail;
      setName(diagram.name);
      setCanEdit(opened.value.access.canEdit);
      setSelection({ from: 'empty', to: 'current', pg: diagram.document.target.postgresVersion, safe: true });
      await loadVersions();
    })();
    return () => { live = false; };
  }, [diagramId, loadVersions]);

  useEffect(() => {
    if (!selection) return;
    let live = true;
    const key = planQuery(selection);
    void fetchPlan(diagramId, selection).then((result) => {
      if (live) setLoaded({ key, plan: result.ok ? result.value : null, error: result.ok ? null : describeFailure(result.error) });
    });
    return () => { live = false; };
  }, [diagramId, selection]);

  const loading = selection !== null && loaded?.key !== planQuery(selection);
  const plan = loading ? null : loaded?.plan ?? null;
  const planError = loading ? null : loaded?.error ?? null;

  const pin = async () => {
    const saved = await saveVersion(diagramId);
    if (!saved.ok) return setError(describeFailure(saved.error));
    setNotice(`Saved version ${saved.value.version} (“${saved.value.label}”). Pick it as “From” after your next changes to see what they need.`);
    await loadVersions();
  };

  return (
    <div className="flex h-full flex-col">
      <SubpageHeader diagramId={diagramId} diagramName={name} current="migrations">
        {canEdit && <Button size="sm" onClick={() => void pin()}>Save version</Button>}
        {selection && (
          <a href={bundleUrl(diagramId, selection)} download
            className="inline-flex h-7 items-center rounded-md bg-indigo-600 px-2.5 text-xs font-medium text-white shadow-sm hover:bg-indigo-500">
            Download bundle (.zip)
          </a>
        )}
      </SubpageHeader>
      <main className="mx-auto w-full max-w-5xl flex-1 space-y-4 overflow-y-auto p-6">
        <h1 className="text-lg font-semibold">Migrations</h1>
        {selection && <PlanControls selection={selection} versions={versions} onChange={setSelection} />}
        {notice && <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">{notice}</p>}
        {error && <ErrorAlert onDismiss={() => setError(null)}><p className="whitespace-pre-line">{error}</p></ErrorAlert>}
        {planError && <ErrorAlert><p className="whitespace-pre-line">{planError}</p></ErrorAlert>}
        {loading && <p role="status" aria-label="Loading plan" className="text-sm text-zinc-500">Planning…</p>}
        {plan && (
          <>
            <PlanSummary plan={plan} />
            {plan.migrations.length === 0
              ? <p className="text-sm text-zinc-500">Nothing to migrate: both sides describe the same schema.</p>
              : <div className="space-y-4">{plan.migrations.map((m) => <MigrationFileCard key={m.upPath} migration={m} />)}</div>}
          </>
        )}
      </main>
    </div>
  );
}
