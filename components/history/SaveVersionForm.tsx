'use client';

import { useState, type FormEvent } from 'react';
import { useHistory } from '@/lib/client/history/context';
import { Button } from '../ui/Button';

/** "Save version…": name the diagram as it is now, so it can be found, compared and restored later. */
export function SaveVersionForm() {
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const busy = useHistory((s) => s.busy);
  const saveVersion = useHistory((s) => s.saveVersion);

  if (!open) return <Button size="sm" variant="primary" onClick={() => setOpen(true)}>Save version…</Button>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await saveVersion(label.trim())) {
      setLabel('');
      setOpen(false);
    }
  };
  return (
    <form aria-label="Save version" onSubmit={(e) => void submit(e)} className="flex items-center gap-2">
      <input
        autoFocus
        aria-label="Version name"
        placeholder="e.g. Before the review"
        value={label}
        maxLength={200}
        onChange={(e) => setLabel(e.currentTarget.value)}
        onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }}
        className="h-7 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-2 text-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-950"
      />
      <Button size="sm" variant="primary" type="submit" disabled={busy}>Save</Button>
      <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
    </form>
  );
}
