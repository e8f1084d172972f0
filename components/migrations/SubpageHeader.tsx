import Link from 'next/link';
import type { ReactNode } from 'react';
import { ArrowLeftIcon, LogoMark } from '../ui/icons';

const TABS = [
  { key: 'migrations', label: 'Migrations' },
  { key: 'pooling', label: 'Pooling' },
] as const;

/** The header of the pages beside the designer: back to the diagram, the diagram's name, the other pages. */
export function SubpageHeader({ diagramId, diagramName, current, children }: {
  diagramId: string;
  diagramName: string | null;
  current: (typeof TABS)[number]['key'];
  children?: ReactNode;
}) {
  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-zinc-200 bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900">
      <Link href={`/diagrams/${diagramId}`} className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800">
        <ArrowLeftIcon />
        <span>Designer</span>
      </Link>
      <span className="h-5 w-px bg-zinc-200 dark:bg-zinc-700" aria-hidden="true" />
      <LogoMark width={20} height={20} />
      <span className="truncate text-[15px] font-semibold">{diagramName ?? '…'}</span>
      <nav aria-label="Diagram pages" className="ml-4 flex items-center gap-1">
        {TABS.map((tab) => (
          <Link
            key={tab.key}
            href={`/diagrams/${diagramId}/${tab.key}`}
            aria-current={tab.key === current ? 'page' : undefined}
            className={`rounded-md px-2.5 py-1.5 text-sm ${tab.key === current ? 'bg-indigo-50 font-medium text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300' : 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <div className="ml-auto flex items-center gap-2">{children}</div>
    </header>
  );
}
