'use client';

import { useState } from 'react';
import type { ConnectionSummary, SslMode } from '@/lib/api/dto';
import type { ConnectionInput } from '@/lib/client/live/api';
import { Button } from '../ui/Button';
import { DialogActions } from '../ui/Dialog';
import { TextField } from '../ui/TextField';

const SSL_MODES: SslMode[] = ['disable', 'prefer', 'require', 'verify-full'];

/** Add (by URL or by fields) or edit a connection. When editing, an empty password keeps the saved one. */
export function ConnectionForm({ initial, busy, onSubmit, onCancel }: {
  initial?: ConnectionSummary;
  busy: boolean;
  onSubmit: (input: ConnectionInput) => void;
  onCancel: () => void;
}) {
  const [mode, setMode] = useState<'url' | 'fields'>(initial ? 'fields' : 'url');
  const [name, setName] = useState(initial?.name ?? '');
  const [url, setUrl] = useState('');
  const [host, setHost] = useState(initial?.host ?? '');
  const [port, setPort] = useState(String(initial?.port ?? 5432));
  const [database, setDatabase] = useState(initial?.database ?? '');
  const [username, setUsername] = useState(initial?.username ?? '');
  const [password, setPassword] = useState('');
  const [sslmode, setSslmode] = useState<SslMode>(initial?.sslmode ?? 'prefer');

  const submit = () => {
    if (mode === 'url') return onSubmit({ name, url });
    const input: ConnectionInput = { name, host, port: Number(port), database, username, sslmode };
    if (password !== '' || !initial) input.password = password;
    onSubmit(input);
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }} className="space-y-4">
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
      <div role="radiogroup" aria-label="Connect by" className="flex gap-4 text-xs">
        {(['url', 'fields'] as const).map((m) => (
          <label key={m} className="flex items-center gap-1.5">
            <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} />
            {m === 'url' ? 'Connection URL' : 'Host and fields'}
          </label>
        ))}
      </div>
      {mode === 'url' ? (
        <TextField label="URL" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="postgres://user:password@host:5432/database?sslmode=require"
          hint={initial ? 'A URL without a password keeps the saved one.' : 'The password is encrypted on the server and never shown again.'} required autoComplete="off" />
      ) : (
        <div className="grid grid-cols-3 gap-3">
          <TextField className="col-span-2" label="Host" value={host} onChange={(e) => setHost(e.target.value)} required />
          <TextField label="Port" type="number" value={port} onChange={(e) => setPort(e.target.value)} required />
          <TextField label="Database" value={database} onChange={(e) => setDatabase(e.target.value)} required />
          <TextField label="User" value={username} onChange={(e) => setUsername(e.target.value)} required />
          <div>
            <label htmlFor="sslmode" className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">SSL mode</label>
            <select id="sslmode" value={sslmode} onChange={(e) => setSslmode(e.target.value as SslMode)}
              className="mt-1.5 block h-9 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-950">
              {SSL_MODES.map((m) => <option key={m}>{m}</option>)}
            </select>
          </div>
          <TextField className="col-span-3" label="Password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password"
            hint={initial?.hasPassword ? 'Leave empty to keep the saved password.' : 'Encrypted on the server; never shown again.'} />
        </div>
      )}
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy}>{initial ? 'Save' : 'Add connection'}</Button>
      </DialogActions>
    </form>
  );
}
