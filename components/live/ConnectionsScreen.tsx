'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import type { ConnectionSummary, ConnectionTestResult, SandboxStatus } from '@/lib/api/dto';
import { liveApi, type ConnectionInput } from '@/lib/client/live/api';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Dialog, DialogActions } from '../ui/Dialog';
import { ArrowLeftIcon, PlusIcon } from '../ui/icons';
import { ConnectionForm } from './ConnectionForm';
import { TestResultPanel } from './TestResultPanel';

type Editing = { kind: 'add' } | { kind: 'edit'; connection: ConnectionSummary } | null;

/** `/connections`: the sandbox first, then saved connections; add, test, edit, delete, introspect, reset. */
export function ConnectionsScreen() {
  const router = useRouter();
  const [sandbox, setSandbox] = useState<SandboxStatus | null>(null);
  const [connections, setConnections] = useState<ConnectionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [tests, setTests] = useState<Record<string, ConnectionTestResult>>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ConnectionSummary | null>(null);
  const [resetting, setResetting] = useState(false);

  const show = useCallback((s: Awaited<ReturnType<typeof liveApi.sandbox>>, c: Awaited<ReturnType<typeof liveApi.listConnections>>) => {
    if (s.ok) setSandbox(s.value);
    if (c.ok) setConnections(c.value);
    else setError(c.error.message);
  }, []);
  const load = useCallback(() => Promise.all([liveApi.sandbox(), liveApi.listConnections()]).then(([s, c]) => show(s, c)), [show]);
  useEffect(() => {
    void Promise.all([liveApi.sandbox(), liveApi.listConnections()]).then(([s, c]) => show(s, c));
  }, [show]);

  async function run<T>(key: string, work: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, then: (value: T) => void) {
    setBusy(key);
    setError(null);
    const result = await work();
    setBusy(null);
    if (result.ok) then(result.value);
    else setError(result.error.message);
  }

  const save = (input: ConnectionInput) => run('save', () => (editing?.kind === 'edit' ? liveApi.updateConnection(editing.connection.id, input) : liveApi.createConnection(input)), () => {
    setEditing(null);
    void load();
  });
  const test = (target: string) => run(`test:${target}`, () => liveApi.testTarget(target), (result) => {
    setTests((t) => ({ ...t, [target]: result }));
    void load();
  });
  const introspect = (target: string) => run(`introspect:${target}`, () => liveApi.introspect(target), (body) => router.push(`/diagrams/${body.diagram.id}`));

  const rows: { id: string; name: string; where: string; detail: string; connection?: ConnectionSummary }[] = [
    { id: 'sandbox', name: 'Sandbox', where: 'Embedded PostgreSQL with pgvector', detail: sandbox ? `${sandbox.state} · ${sandbox.location}` : '' },
    ...(connections ?? []).map((c) => ({
      id: c.id, name: c.name, connection: c, where: `${c.username}@${c.host}:${c.port}/${c.database}`,
      detail: `sslmode ${c.sslmode}${c.hasPassword ? ' · password saved' : ''} · ${c.lastTestedAt ? `tested ${new Date(c.lastTestedAt).toLocaleString()}` : 'not tested yet'}`,
    })),
  ];

  return (
    <div className="mx-auto max-w-5xl px-6 py-8">
      <Link href="/" className="inline-flex items-center gap-1.5 text-zinc-600 hover:text-zinc-900 dark:text-zinc-400"><ArrowLeftIcon /> Diagrams</Link>
      <div className="mt-4 flex items-center justify-between">
        <div>
          <h1 className="text-xl font-semibold">Database connections</h1>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">Targets for introspection and apply. Passwords are encrypted on the server and never sent back.</p>
        </div>
        <Button variant="primary" onClick={() => setEditing({ kind: 'add' })}><PlusIcon /> Add connection</Button>
      </div>
      {error && <div className="mt-4"><ErrorAlert onDismiss={() => setError(null)}>{error}</ErrorAlert></div>}
      <ul aria-label="Targets" className="mt-6 divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {rows.map((row) => (
          <li key={row.id} aria-label={row.name} className="px-4 py-3">
            <div className="flex items-center gap-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{row.name}</p>
                <p className="truncate text-xs text-zinc-500">{row.where} · {row.detail}</p>
              </div>
              <Button size="sm" disabled={busy !== null} onClick={() => test(row.id)}>{busy === `test:${row.id}` ? 'Testing…' : 'Test'}</Button>
              <Button size="sm" disabled={busy !== null} onClick={() => introspect(row.id)}>{busy === `introspect:${row.id}` ? 'Reading…' : 'Introspect'}</Button>
              {row.connection ? (
                <>
                  <Button size="sm" variant="ghost" onClick={() => setEditing({ kind: 'edit', connection: row.connection! })}>Edit</Button>
                  <Button size="sm" variant="ghost" onClick={() => setDeleting(row.connection!)}>Delete</Button>
                </>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => setResetting(true)}>Reset</Button>
              )}
            </div>
            {tests[row.id] && <div className="mt-3"><TestResultPanel result={tests[row.id]!} /></div>}
          </li>
        ))}
      </ul>
      {connections === null && !error && <p className="mt-4 text-zinc-500">Loading connections…</p>}

      <Dialog open={editing !== null} title={editing?.kind === 'edit' ? `Edit “${editing.connection.name}”` : 'Add connection'} onClose={() => setEditing(null)} width="max-w-lg">
        {editing && <ConnectionForm key={editing.kind === 'edit' ? editing.connection.id : 'add'} initial={editing.kind === 'edit' ? editing.connection : undefined} busy={busy === 'save'} onSubmit={save} onCancel={() => setEditing(null)} />}
      </Dialog>
      <Dialog open={deleting !== null} title={`Delete connection “${deleting?.name ?? ''}”?`} description="The saved address and password are removed. The database itself is not touched." onClose={() => setDeleting(null)}>
        <DialogActions>
          <Button onClick={() => setDeleting(null)}>Cancel</Button>
          <Button variant="danger" onClick={() => deleting && run('delete', () => liveApi.deleteConnection(deleting.id), () => { setDeleting(null); void load(); })}>Delete</Button>
        </DialogActions>
      </Dialog>
      <Dialog open={resetting} title="Reset the sandbox?" description="Every table and row in the sandbox is deleted and it starts empty. Saved connections are not affected." onClose={() => setResetting(false)}>
        <DialogActions>
          <Button onClick={() => setResetting(false)}>Cancel</Button>
          <Button variant="danger" disabled={busy === 'reset'} onClick={() => run('reset', () => liveApi.resetSandbox(), (s) => { setSandbox(s); setResetting(false); })}>
            {busy === 'reset' ? 'Resetting…' : 'Reset sandbox'}
          </Button>
        </DialogActions>
      </Dialog>
    </div>
  );
}
