'use client';

import { useEffect, useState } from 'react';
import type { ConnectionSummary } from '@/lib/api/dto';
import { liveApi } from '@/lib/client/live/api';
import type { ConsoleRef } from '@/lib/client/pooling/live';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

/**
 * Where the admin console is: a URL typed here (kept in this component's state
 * only, sent in request bodies, never stored) or a saved connection whose
 * database is `pgbouncer` (its password stays encrypted on the server).
 */
export function ConsoleConnect({ busy, onConnect }: { busy: boolean; onConnect: (console: ConsoleRef) => void }) {
  const [url, setUrl] = useState('');
  const [saved, setSaved] = useState<ConnectionSummary[]>([]);
  const [connectionId, setConnectionId] = useState('');

  useEffect(() => {
    let live = true;
    void liveApi.listConnections().then((r) => { if (live && r.ok) setSaved(r.value.filter((c) => c.database === 'pgbouncer')); });
    return () => { live = false; };
  }, []);

  return (
    <form
      aria-label="Connect to PgBouncer"
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (connectionId) onConnect({ connectionId });
        else if (url.trim()) onConnect({ adminUrl: url.trim() });
      }}
    >
      <TextField
        className="min-w-72 flex-1" label="Admin console URL" type="password" autoComplete="off" value={url}
        placeholder="postgres://admin:password@host:6432/pgbouncer" disabled={connectionId !== ''}
        hint="An admin_users user on the virtual database “pgbouncer”. Not saved." onChange={(e) => setUrl(e.target.value)}
      />
      {saved.length > 0 && (
        <label className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
          Saved connection
          <select className="mt-1.5 block h-9 rounded-md border border-zinc-300 px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950" value={connectionId} onChange={(e) => setConnectionId(e.target.value)}>
            <option value="">— type a URL —</option>
            {saved.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.username}@{c.host}:{c.port})</option>)}
          </select>
        </label>
      )}
      <Button type="submit" variant="primary" disabled={busy || (!connectionId && !url.trim())}>{busy ? 'Connecting…' : 'Connect'}</Button>
    </form>
  );
}
