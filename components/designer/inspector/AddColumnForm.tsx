'use client';

import { useId, useState, type FormEvent } from 'react';
import { QUICK_COLUMN_TYPES } from '@/lib/canvas/edits';
import { useDesigner } from '@/lib/client/designer/context';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/icons';

export function AddColumnForm({ tableId }: { tableId: string }) {
  const addColumn = useDesigner((s) => s.addColumn);
  const [name, setName] = useState('');
  const [type, setType] = useState<string>('text');
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), type: useId(), error: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addColumn(tableId, { name: name.trim(), type });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setName('');
    setError(null);
  };

  return (
    <form onSubmit={submit} aria-label="Add column" className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Add column</h2>
      <div className="mt-2 flex gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={ids.name} className="sr-only">New column name</label>
          <input
            id={ids.name}
            value={name}
            placeholder="column_name"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(event) => setName(event.target.value)}
            className="block h-8 w-full rounded-md border border-zinc-300 bg-white px-2 font-mono text-xs shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/20 dark:border-zinc-700 dark:bg-zinc-950"
          />
        </div>
        <div>
          <label htmlFor={ids.type} className="sr-only">Type</label>
          <select
            id={ids.type}
            value={type}
            onChange={(event) => setType(event.target.value)}
            className="block h-8 rounded-md border border-zinc-300 bg-white px-1.5 font-mono text-xs shadow-sm outline-none focus:border-indigo-500 dark:border-zinc-700 dark:bg-zinc-950"
          >
            {QUICK_COLUMN_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
      </div>
      {error && <p id={ids.error} role="alert" className="mt-1.5 text-xs text-red-600">{error}</p>}
      <Button type="submit" size="sm" className="mt-2 w-full" disabled={name.trim() === ''}>
        <PlusIcon /> Add column
      </Button>
    </form>
  );
}
