'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { api } from '@/lib/client/api';
import { createHomeStore } from '@/lib/client/home-store';
import type { DiagramSummary } from '@/lib/api/dto';
import { HomeAccountBar } from '../auth/HomeAccountBar';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { LogoMark, PlusIcon } from '../ui/icons';
import { DeleteDiagramDialog } from './DeleteDiagramDialog';
import { DiagramList } from './DiagramList';
import { EmptyState } from './EmptyState';
import { ImportDialog } from './ImportDialog';
import { NewDiagramDialog } from './NewDiagramDialog';
import { RenameDiagramDialog } from './RenameDiagramDialog';

type OpenDialog =
  | { kind: 'new' }
  | { kind: 'import' }
  | { kind: 'rename'; diagram: DiagramSummary }
  | { kind: 'delete'; diagram: DiagramSummary }
  | null;

export function HomeScreen() {
  const router = useRouter();
  const [store] = useState(() => createHomeStore(api));
  const diagrams = useStore(store, (s) => s.diagrams);
  const templates = useStore(store, (s) => s.templates);
  const error = useStore(store, (s) => s.error);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const close = () => setDialog(null);
  const duplicate = async (diagram: DiagramSummary) => {
    const result = await store.getState().duplicate(diagram.id);
    if (!result.ok) store.setState({ error: `Could not duplicate “${diagram.name}”: ${result.error}` });
  };

  return (
    <div className="min-h-full">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex h-14 max-w-5xl items-center justify-between px-6">
          <div className="flex items-center gap-2.5">
            <LogoMark />
            <span className="text-[15px] font-semibold tracking-tight">Tablecraft</span>
          </div>
          <nav className="flex items-center gap-3">
            <Link href="/connections" className="rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
              Connections
            </Link>
            <Button onClick={() => setDialog({ kind: 'import' })}>Import…</Button>
            <Button variant="primary" onClick={() => setDialog({ kind: 'new' })}>
              <PlusIcon /> New diagram
            </Button>
            {/* Accounts: workspace switcher (the list follows it) and account menu. */}
            <HomeAccountBar onWorkspaceChange={() => void store.getState().load()} />
          </nav>
        </div>
      </header>

      <main className="mx-auto max-w-5xl px-6 py-10">
        <div className="mb-6">
          <h1 className="text-xl font-semibold tracking-tight">Diagrams</h1>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">PostgreSQL schemas you are designing. Changes save as you work.</p>
        </div>

        {error && (
          <div className="mb-6">
            <ErrorAlert onDismiss={() => store.getState().dismissError()}>{error}</ErrorAlert>
          </div>
        )}

        {diagrams === null ? (
          <p className="py-16 text-center text-zinc-500" aria-live="polite">Loading diagrams…</p>
        ) : diagrams.length === 0 ? (
          <EmptyState onCreate={() => setDialog({ kind: 'new' })} />
        ) : (
          <DiagramList
            diagrams={diagrams}
            onRename={(diagram) => setDialog({ kind: 'rename', diagram })}
            onDuplicate={duplicate}
            onDelete={(diagram) => setDialog({ kind: 'delete', diagram })}
          />
        )}
      </main>

      <NewDiagramDialog
        open={dialog?.kind === 'new'}
        templates={templates}
        onClose={close}
        onCreate={async (input) => {
          const result = await store.getState().create(input);
          if (result.ok) router.push(`/diagrams/${result.value.id}`);
          return result;
        }}
      />
      <ImportDialog
        open={dialog?.kind === 'import'}
        onClose={close}
        onCreated={(diagram) => {
          close();
          router.push(`/diagrams/${diagram.id}`);
        }}
      />
      <RenameDiagramDialog
        diagram={dialog?.kind === 'rename' ? dialog.diagram : null}
        onClose={close}
        onRename={(id, name) => store.getState().rename(id, name)}
      />
      <DeleteDiagramDialog
        diagram={dialog?.kind === 'delete' ? dialog.diagram : null}
        onClose={close}
        onDelete={(id) => store.getState().remove(id)}
      />
    </div>
  );
}
