'use client';

import { useEffect, useMemo, useState } from 'react';
import type { DiagramDetail, PoolingDto } from '@/lib/api/dto';
import { defaultWorkload } from '@/lib/api/workload-defaults';
import { slugify } from '@/lib/bundle/slug';
import { getDiagram, updateDiagram } from '@/lib/client/api';
import { openDiagram } from '@/lib/client/sharing/api';
import { describeFailure } from '@/lib/client/migrations/request';
import { generatePooling } from '@/lib/client/pooling/api';
import { Workload } from '@/lib/model/workload';
import { SubpageHeader } from '../migrations/SubpageHeader';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CompatibilityReport } from './CompatibilityReport';
import { GeneratedFiles } from './GeneratedFiles';
import { LivePgBouncer } from './live/LivePgBouncer';
import { SizingArithmetic } from './SizingArithmetic';
import { WorkloadForm } from './WorkloadForm';

/** Generation waits for typing to pause, so each keystroke does not derive SCRAM secrets. */
const GENERATE_DELAY_MS = 400;

/**
 * /diagrams/:id/pooling — the workload form (saved into the document's
 * `workload`), and what it gives: pgbouncer.ini, userlist.txt, Supavisor
 * settings, the arithmetic and the compatibility report.
 */
export function PoolingScreen({ diagramId }: { diagramId: string }) {
  const [diagram, setDiagram] = useState<DiagramDetail | null>(null);
  const [workload, setWorkload] = useState<Workload | null>(null);
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const [result, setResult] = useState<PoolingDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Sharing: viewers see the generated configs; saving the workload and the live PgBouncer console are for editors.
  const [canEdit, setCanEdit] = useState(false);

  useEffect(() => {
    let live = true;
    void openDiagram(diagramId).then((loaded) => {
      if (!live) return;
      if (!loaded.ok) return setError(describeFailure(loaded.error));
      const { detail, access } = loaded.value;
      setDiagram(detail);
      setCanEdit(access.canEdit);
      setWorkload(detail.document.workload ?? defaultWorkload(detail.name));
    });
    return () => { live = false; };
  }, [diagramId]);

  // Checked here first, so the form says what is wrong without a round trip.
  const checked = useMemo(() => (workload ? Workload.safeParse(workload) : null), [workload]);
  const problems = checked && !checked.success
    ? checked.error.issues.map((i) => `${i.path.join('.') || 'workload'}: ${i.message}`).join('\n')
    : null;

  useEffect(() => {
    if (!checked?.success) return;
    let live = true;
    const timer = setTimeout(() => {
      const given = Object.fromEntries(Object.entries(passwords).filter(([user, p]) => p !== '' && checked.data.users.some((u) => u.name === user)));
      void generatePooling(diagramId, checked.data, given).then((answer) => {
        if (!live) return;
        if (answer.ok) {
          setResult(answer.value);
          setError(null);
        } else {
          setError(describeFailure(answer.error));
        }
      });
    }, GENERATE_DELAY_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [diagramId, checked, passwords]);

  const save = async () => {
    if (!diagram || !checked) return;
    if (!checked.success) return setSaveMessage('Fix the workload first.');
    setSaving(true);
    const saved = await updateDiagram(diagramId, { baseRevision: diagram.revision, document: { ...diagram.document, workload: checked.data } });
    setSaving(false);
    if (saved.ok) {
      setDiagram(saved.value);
      setSaveMessage(`Workload saved with the diagram (revision ${saved.value.revision}).`);
      return;
    }
    if (saved.error.error.code === 'stale_revision') {
      // Someone (or the designer in another tab) saved in between: take their document, keep this form.
      const fresh = await getDiagram(diagramId);
      if (fresh.ok) setDiagram(fresh.value);
      setSaveMessage('The diagram was changed elsewhere since this page loaded. It has been reloaded; your workload is still in the form and was NOT saved — press “Save workload” again to save it on top of the new revision.');
      return;
    }
    setSaveMessage(`Not saved: ${describeFailure(saved.error)}`);
  };

  return (
    <div className="flex h-full flex-col">
      <SubpageHeader diagramId={diagramId} diagramName={diagram?.name ?? null} current="pooling">
        {canEdit && <Button size="sm" variant="primary" onClick={() => void save()} disabled={!workload || saving}>{saving ? 'Saving…' : 'Save workload'}</Button>}
      </SubpageHeader>
      <main className="flex-1 overflow-y-auto p-6">
        <h1 className="text-lg font-semibold">Connection pooling</h1>
        {saveMessage && <p role="status" aria-label="Save result" className="mt-2 text-sm">{saveMessage}</p>}
        {error && <div className="mt-3"><ErrorAlert onDismiss={() => setError(null)}><p className="whitespace-pre-line">{error}</p></ErrorAlert></div>}
        <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <div>
            {workload && <WorkloadForm workload={workload} onChange={setWorkload} passwords={passwords} onPasswords={setPasswords} />}
            {problems && <div className="mt-3"><ErrorAlert><p className="whitespace-pre-line">{problems}</p></ErrorAlert></div>}
          </div>
          <div className="space-y-4">
            {result && (
              <>
                {result.missingPasswords.length > 0 && (
                  <p className="text-xs text-amber-800 dark:text-amber-300">
                    userlist.txt has placeholders for {result.missingPasswords.join(', ')}: type their passwords to derive the SCRAM secrets.
                  </p>
                )}
                <SizingArithmetic plan={result.plan} />
                <CompatibilityReport entries={result.report} />
                <GeneratedFiles files={result.files} zipName={`${slugify(diagram?.name ?? 'diagram')}-pgbouncer.zip`} />
              </>
            )}
            {canEdit && <LivePgBouncer workload={checked?.success ? checked.data : null} />}
          </div>
        </div>
      </main>
    </div>
  );
}
