'use client';

import Link from 'next/link';
import { useDesigner, useDesignerStore, useReadOnly } from '@/lib/client/designer/context';
import { AccountMenu } from '../auth/AccountMenu';
import { ShareButton } from '../sharing/ShareButton';
import { ArrowLeftIcon, LogoMark } from '../ui/icons';
import { PresenceAvatars } from './collab/PresenceAvatars';
import { CommitInput } from './CommitInput';
import { ThemeToggle } from './navigation/ThemeToggle';
import { SaveIndicator } from './SaveIndicator';

export function DesignerHeader() {
  const name = useDesigner((s) => s.document.name);
  const renameDiagram = useDesigner((s) => s.renameDiagram);
  const tableCount = useDesigner((s) => s.document.tables.length);
  const store = useDesignerStore();
  const diagramId = useDesigner((s) => s.diagramId); // migrations/pooling links (owned by the migrations work)
  const readOnly = useReadOnly(); // sharing: view-only roles see the name, not an input, and no Apply/Rehearse

  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-zinc-200 bg-white px-4 dark:border-zinc-800 dark:bg-zinc-900">
      <Link
        href="/"
        onClick={(event) => {
          // Queued edits are sent on the way out and kept in the browser until confirmed; one the server refused would be lost.
          const { status, error } = store.getState();
          const stuck = status === 'error' && !error?.retrying;
          if (stuck && !window.confirm('Your latest changes are not saved. Leave this diagram anyway?')) event.preventDefault();
        }}
        className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800"
      >
        <ArrowLeftIcon />
        <span>Diagrams</span>
      </Link>
      <span className="h-5 w-px bg-zinc-200 dark:bg-zinc-700" aria-hidden="true" />
      <LogoMark width={20} height={20} />
      {readOnly ? <h1 aria-label="Diagram name" className="w-72 truncate px-2 text-[15px] font-semibold">{name}</h1> : <CommitInput
        key={name}
        label="Diagram name"
        value={name}
        onCommit={(next) => {
          const result = renameDiagram(next);
          return result.ok ? null : result.error;
        }}
        className="w-72 text-[15px] font-semibold"
        bare
      />}
      <span className="text-xs text-zinc-500">{tableCount} {tableCount === 1 ? 'table' : 'tables'}</span>
      <div className="ml-auto flex items-center gap-4">
        {/* Migrations / Pooling links — added by the migration-bundle front doors (components/migrations, components/pooling). */}
        <nav aria-label="Diagram pages" className="flex items-center gap-1 text-zinc-600 dark:text-zinc-400">
          <Link href={`/diagrams/${diagramId}/migrations`} className="rounded-md px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">Migrations</Link>
          <Link href={`/diagrams/${diagramId}/pooling`} className="rounded-md px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">Pooling</Link>
          {/* Versions, checkpoints, compare and restore (components/history). */}
          <Link href={`/diagrams/${diagramId}/history`} className="rounded-md px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">History</Link>
          {/* Live databases (components/live): plan, dry run, apply, history, rollback. */}
          {!readOnly && <Link href={`/diagrams/${diagramId}/apply`} className="rounded-md px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">Apply…</Link>}
          {/* Rehearsal on synthetic data (components/rehearsal): load, migrate, EXPLAIN each access pattern. */}
          {!readOnly && <Link href={`/diagrams/${diagramId}/rehearsal`} className="rounded-md px-2 py-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800">Rehearse…</Link>}
        </nav>
        {/* Share links (components/sharing): only for those who may make them. */}
        <ShareButton diagramId={diagramId} />
        {/* Live co-editing: who else is here. */}
        <PresenceAvatars />
        {!readOnly && <SaveIndicator />}
        <ThemeToggle />
        <AccountMenu compact />
      </div>
    </header>
  );
}
