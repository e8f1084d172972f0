'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { DesignerProvider } from '@/lib/client/designer/context';
import { DiagramAccessProvider } from '@/lib/client/sharing/access-context';
import { openDiagram, type OpenedDiagram } from '@/lib/client/sharing/api';
import { ViewProvider } from '@/lib/client/view/context';
import { ErrorAlert } from '../ui/Alert';
import { DesignerLayout } from './DesignerLayout';

type Load = { state: 'loading' } | ({ state: 'ready' } & OpenedDiagram) | { state: 'failed'; message: string };

/** Loads the diagram, then opens it in a designer with its own store. */
export function DesignerScreen({ diagramId }: { diagramId: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    // With the diagram comes what this person may do there (sharing: view-only roles get a read-only designer).
    void openDiagram(diagramId).then((result) => {
      if (!current) return;
      setLoad(result.ok ? { state: 'ready', ...result.value } : { state: 'failed', message: result.error.error.message });
    });
    return () => {
      current = false;
    };
  }, [diagramId]);

  if (load.state === 'ready') {
    return (
      <DiagramAccessProvider access={load.access}>
        <DesignerProvider key={load.detail.id} detail={load.detail} readOnly={!load.access.canEdit} live>
          {/* View state (focus, search, minimap): not part of the document. */}
          <ViewProvider>
            <DesignerLayout />
          </ViewProvider>
        </DesignerProvider>
      </DiagramAccessProvider>
    );
  }
  return (
    <main className="mx-auto max-w-lg px-6 py-24">
      {load.state === 'loading' ? (
        <p className="text-center text-zinc-500" aria-live="polite">Opening diagram…</p>
      ) : (
        <div className="space-y-4">
          <ErrorAlert>Could not open this diagram: {load.message}</ErrorAlert>
          <Link href="/" className="inline-block font-medium text-indigo-600 hover:underline">← Back to diagrams</Link>
        </div>
      )}
    </main>
  );
}
