'use client';

import Link from 'next/link';
import { useHistory } from '@/lib/client/history/context';
import { viewKey } from '@/lib/client/history/store';
import { historyHref } from '@/lib/client/history/view-url';
import { ErrorAlert } from '../ui/Alert';
import { HistoryCanvas } from './HistoryCanvas';
import { RestoreButton } from './RestoreButton';

/** One saved version on a read-only canvas, with "Compare with current" and (for editors) "Restore this version". */
export function VersionViewer({ version }: { version: number }) {
  const diagramId = useHistory((s) => s.diagramId);
  const canEdit = useHistory((s) => s.canEdit);
  const opened = useHistory((s) => s.opened);
  const loaded = opened?.key === viewKey({ kind: 'version', version }) ? opened : null;
  const detail = loaded?.value ?? null;
  return (
    <>
      <div className="flex min-h-12 shrink-0 flex-wrap items-center gap-3 border-b border-zinc-200 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <h2 className="text-sm font-semibold">
          {detail ? `Version ${detail.version}: ${detail.label}` : `Version ${version}`}
        </h2>
        <span className="rounded bg-zinc-100 px-1.5 text-[11px] text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400">read-only</span>
        {detail && (
          <span className="text-xs text-zinc-500">
            {new Date(detail.createdAt).toLocaleString()}{detail.authorName ? ` · ${detail.authorName}` : ''} · {detail.tableCount} {detail.tableCount === 1 ? 'table' : 'tables'}
          </span>
        )}
        <div className="ml-auto flex items-center gap-2">
          <Link href={historyHref(diagramId, { kind: 'compare', from: version, to: 'current' })}
            className="inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-zinc-700 ring-1 ring-inset ring-zinc-300 hover:bg-zinc-50 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800">
            Compare with current
          </Link>
          {canEdit && detail && <RestoreButton version={detail.version} label={detail.label} />}
        </div>
      </div>
      <div className="relative min-h-0 flex-1">
        {!loaded && <p role="status" className="p-6 text-sm text-zinc-500">Opening version {version}…</p>}
        {loaded?.error && <div className="p-6"><ErrorAlert>{loaded.error}</ErrorAlert></div>}
        {detail && <HistoryCanvas key={`version:${detail.version}`} diagramId={diagramId} document={detail.document} label={`Version ${detail.version} (read-only)`} />}
      </div>
    </>
  );
}
