'use client';

import Link from 'next/link';
import type { VersionSummary } from '@/lib/api/dto';
import { useHistory } from '@/lib/client/history/context';
import { visibleVersions, type HistoryView } from '@/lib/client/history/store';
import { historyHref } from '@/lib/client/history/view-url';
import { timeAgo } from '@/lib/client/format-time';
import { CompareControls } from './CompareControls';
import { SaveVersionForm } from './SaveVersionForm';

/** The side list: save a version, pick two to compare, and every version newest first (or the named ones only). */
export function VersionList() {
  const versions = useHistory((s) => s.versions);
  const namedOnly = useHistory((s) => s.namedOnly);
  const setNamedOnly = useHistory((s) => s.setNamedOnly);
  const canEdit = useHistory((s) => s.canEdit);
  const shown = visibleVersions({ versions, namedOnly });
  return (
    <aside aria-label="Versions" className="flex w-80 shrink-0 flex-col border-r border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="space-y-3 border-b border-zinc-200 p-3 dark:border-zinc-800">
        {canEdit && <SaveVersionForm />}
        <CompareControls />
      </div>
      <div className="flex items-center justify-between px-3 pt-3 text-xs text-zinc-500">
        <span>{versions === null ? 'Loading versions…' : `${shown.length} ${shown.length === 1 ? 'version' : 'versions'}`}</span>
        <label className="flex items-center gap-1.5">
          <input type="checkbox" checked={namedOnly} onChange={(e) => setNamedOnly(e.currentTarget.checked)} />
          Named only
        </label>
      </div>
      <ol aria-label="Version list" className="min-h-0 flex-1 space-y-1 overflow-y-auto p-2">
        {shown.map((version) => <VersionRow key={version.version} version={version} />)}
      </ol>
    </aside>
  );
}

function VersionRow({ version }: { version: VersionSummary }) {
  const diagramId = useHistory((s) => s.diagramId);
  const view = useHistory((s) => s.view);
  const open = view.kind === 'version' && view.version === version.version;
  const link = (target: HistoryView) => historyHref(diagramId, target);
  const checkpoint = version.kind === 'checkpoint';
  return (
    <li
      aria-label={`Version ${version.version}: ${version.label}`}
      aria-current={open ? 'true' : undefined}
      className={`rounded-md px-2.5 py-2 text-sm ${open ? 'bg-indigo-50 ring-1 ring-indigo-200 dark:bg-indigo-950 dark:ring-indigo-900' : 'hover:bg-zinc-50 dark:hover:bg-zinc-800/60'}`}
    >
      <div className="flex items-baseline gap-2">
        <span className="shrink-0 font-mono text-xs text-zinc-400">v{version.version}</span>
        <span className={`min-w-0 flex-1 truncate ${checkpoint ? 'text-zinc-600 dark:text-zinc-400' : 'font-medium'}`} title={version.label}>{version.label}</span>
        <span className={`shrink-0 rounded px-1.5 text-[10px] font-medium ${checkpoint ? 'bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400' : 'bg-indigo-100 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300'}`}>
          {checkpoint ? 'checkpoint' : 'named'}
        </span>
      </div>
      <div className="mt-0.5 flex items-center gap-2 text-xs text-zinc-500">
        <time dateTime={version.createdAt} title={new Date(version.createdAt).toLocaleString()} className="shrink-0 whitespace-nowrap">{timeAgo(version.createdAt)}</time>
        {version.authorName && <span className="min-w-0 truncate">· {checkpoint ? `while ${version.authorName} edited` : `by ${version.authorName}`}</span>}
        <span className="ml-auto flex shrink-0 gap-2">
          <Link href={link({ kind: 'version', version: version.version })} className="text-indigo-600 hover:underline dark:text-indigo-400" aria-label={`Open version ${version.version}`}>Open</Link>
          <Link href={link({ kind: 'compare', from: version.version, to: 'current' })} className="text-indigo-600 hover:underline dark:text-indigo-400" aria-label={`Compare version ${version.version} with the current diagram`}>Compare</Link>
        </span>
      </div>
    </li>
  );
}
