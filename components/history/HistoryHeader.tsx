'use client';

import Link from 'next/link';
import { useHistory } from '@/lib/client/history/context';
import { ErrorAlert } from '../ui/Alert';
import { ArrowLeftIcon, LogoMark } from '../ui/icons';

/** Back to the designer, the diagram's name, and what the last save or restore said. */
export function HistoryHeader() {
  const diagramId = useHistory((s) => s.diagramId);
  const name = useHistory((s) => s.diagramName);
  const error = useHistory((s) => s.error);
  const notice = useHistory((s) => s.notice);
  const dismiss = useHistory((s) => s.dismiss);
  return (
    <>
      <header className="flex h-14 shrink-0 items-center gap-3 border-b border-zinc-200 bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900">
        <Link href={`/diagrams/${diagramId}`} className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800">
          <ArrowLeftIcon />
          <span>Designer</span>
        </Link>
        <span className="h-5 w-px bg-zinc-200 dark:bg-zinc-700" aria-hidden="true" />
        <LogoMark width={20} height={20} />
        <span className="truncate text-[15px] font-semibold">{name ?? '…'}</span>
        <h1 className="ml-2 text-sm font-medium text-zinc-500">History</h1>
      </header>
      {(error || notice) && (
        <div className="border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
          {error && <ErrorAlert onDismiss={dismiss}><p className="whitespace-pre-line">{error}</p></ErrorAlert>}
          {notice && <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">{notice}</p>}
        </div>
      )}
    </>
  );
}
