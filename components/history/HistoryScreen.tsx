'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { HistoryProvider, useHistory, useHistoryStore } from '@/lib/client/history/context';
import type { HistoryView } from '@/lib/client/history/store';
import { ErrorAlert } from '../ui/Alert';
import { CompareView } from './CompareView';
import { HistoryHeader } from './HistoryHeader';
import { VersionList } from './VersionList';
import { VersionViewer } from './VersionViewer';

/**
 * /diagrams/:id/history — the versions of a diagram (named ones and automatic
 * checkpoints), one opened read-only, or two compared on the canvas and as a
 * migration. What is shown comes from the URL (`view`), so a review is a link.
 */
export function HistoryScreen({ diagramId, view }: { diagramId: string; view: HistoryView }) {
  return (
    <HistoryProvider diagramId={diagramId}>
      <HistoryPage view={view} />
    </HistoryProvider>
  );
}

function HistoryPage({ view }: { view: HistoryView }) {
  const store = useHistoryStore();
  const loadError = useHistory((s) => s.loadError);
  const diagramId = useHistory((s) => s.diagramId);

  useEffect(() => { void store.getState().load(); }, [store]);
  useEffect(() => { void store.getState().show(view); }, [store, view]);

  if (loadError) {
    return (
      <main className="mx-auto max-w-lg space-y-4 px-6 py-24">
        <ErrorAlert>Could not open the history of this diagram: {loadError}</ErrorAlert>
        <Link href="/" className="inline-block font-medium text-indigo-600 hover:underline">← Back to diagrams</Link>
      </main>
    );
  }
  return (
    <div className="flex h-full flex-col">
      <HistoryHeader />
      <div className="flex min-h-0 flex-1">
        <VersionList />
        <main className="flex min-w-0 flex-1 flex-col" aria-label="Version details">
          {view.kind === 'version' && <VersionViewer version={view.version} />}
          {view.kind === 'compare' && <CompareView from={view.from} to={view.to} />}
          {view.kind === 'none' && <Placeholder diagramId={diagramId} />}
        </main>
      </div>
    </div>
  );
}

function Placeholder({ diagramId }: { diagramId: string }) {
  return (
    <div className="m-auto max-w-md p-8 text-center text-sm text-zinc-500">
      <p>Open a version to see the diagram as it was, or compare two versions to review what changed — on the canvas and as a migration.</p>
      <p className="mt-2">
        Checkpoints are taken automatically while the diagram is edited; <Link href={`/diagrams/${diagramId}`} className="text-indigo-600 hover:underline">back to the designer</Link>.
      </p>
    </div>
  );
}
