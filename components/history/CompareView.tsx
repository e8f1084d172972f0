'use client';

import { useMemo, useState } from 'react';
import type { CompareDto, CompareSideDto } from '@/lib/api/history-dto';
import type { CompareRef } from '@/lib/api/history-requests';
import { useHistory } from '@/lib/client/history/context';
import { compareDisplayDocument, tableHighlights } from '@/lib/client/history/display-document';
import { viewKey } from '@/lib/client/history/store';
import { ErrorAlert } from '../ui/Alert';
import { ChangeList } from './ChangeList';
import { DiffLegend } from './DiffLegend';
import { HistoryCanvas, type FocusRequest } from './HistoryCanvas';
import { MigrationPanel } from './MigrationPanel';

type Tab = 'canvas' | 'migration';

/** Two states of the diagram compared: the newer one on the canvas with the changes marked, or the migration between them. */
export function CompareView({ from, to }: { from: CompareRef; to: CompareRef }) {
  const comparison = useHistory((s) => s.comparison);
  const loaded = comparison?.key === viewKey({ kind: 'compare', from, to }) ? comparison : null;
  const [tab, setTab] = useState<Tab>('canvas');
  const result = loaded?.value ?? null;
  return (
    <>
      <div className="flex min-h-12 shrink-0 flex-wrap items-center gap-3 border-b border-zinc-200 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 className="text-sm font-semibold">
          {result ? <>Changes from {sideName(result.from)} to {sideName(result.to)}</> : 'Comparing…'}
        </h2>
        <div role="tablist" aria-label="Compare as" className="ml-auto flex gap-1 rounded-md bg-zinc-100 p-0.5 text-xs dark:bg-zinc-800">
          {(['canvas', 'migration'] as const).map((key) => (
            <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}
              className={`rounded px-2.5 py-1 ${tab === key ? 'bg-white font-medium shadow-sm dark:bg-zinc-900' : 'text-zinc-600 dark:text-zinc-400'}`}>
              {key === 'canvas' ? 'On the canvas' : 'As migration'}
            </button>
          ))}
        </div>
      </div>
      <div className="relative flex min-h-0 flex-1">
        {!loaded && <p role="status" className="p-6 text-sm text-zinc-500">Comparing…</p>}
        {loaded?.error && <div className="p-6"><ErrorAlert>{loaded.error}</ErrorAlert></div>}
        {result && tab === 'canvas' && <CompareCanvas result={result} />}
        {result && tab === 'migration' && <MigrationPanel result={result} />}
      </div>
    </>
  );
}

function CompareCanvas({ result }: { result: CompareDto }) {
  const diagramId = useHistory((s) => s.diagramId);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const document = useMemo(() => compareDisplayDocument(result.from.document, result.to.document, result.changes), [result]);
  const highlights = useMemo(() => tableHighlights(result.changes), [result]);
  return (
    <>
      <div className="relative min-w-0 flex-1">
        <HistoryCanvas
          key={`${result.from.ref}..${result.to.ref}:${result.to.revision}`}
          diagramId={diagramId}
          document={document}
          highlights={highlights}
          focus={focus}
          label="Compared diagram"
        />
        <div className="absolute right-3 top-3 z-10"><DiffLegend /></div>
      </div>
      <ChangeList result={result} onFocus={(tableId) => setFocus({ tableId, at: Date.now() })} />
    </>
  );
}

function sideName(side: CompareSideDto): string {
  return side.ref === 'current' ? 'the current diagram' : `v${side.ref} “${side.label}”`;
}
