'use client';

import type { Table } from '@/lib/model/table';
import { newCheck, newUnique } from '@/lib/editor/factories/parts';
import { CheckField, Section, SmallButton, TextField } from './fields';
import { ErrorLine, useExecute } from './use-execute';

/** Primary key (tick its columns, composite allowed), unique constraints and checks. */
export function KeysSection({ table }: { table: Table }) {
  const { run, error } = useExecute();
  const key = table.primaryKey?.columnIds ?? [];
  const name = (id: string) => table.columns.find((c) => c.id === id)?.name ?? '?';
  const toggleKey = (columnId: string, on: boolean) => run({
    kind: 'setPrimaryKey', tableId: table.id,
    // Keep the key's column order; a new column goes last.
    columnIds: on ? [...key, columnId] : key.filter((id) => id !== columnId),
  });
  return (
    <Section title="Keys and constraints">
      <fieldset>
        <legend className="text-xs text-zinc-500">Primary key</legend>
        <div className="flex flex-wrap gap-x-3">
          {table.columns.map((c) => (
            <CheckField key={c.id} label={`Primary key column ${c.name}`} visibleLabel={c.name} checked={key.includes(c.id)} onChange={(on) => toggleKey(c.id, on)} />
          ))}
        </div>
      </fieldset>
      <div>
        <p className="text-xs text-zinc-500">Unique</p>
        <ul className="space-y-1">
          {table.uniques.map((u) => (
            <li key={u.id} className="flex items-center gap-2 text-xs">
              <span className="font-mono">UNIQUE ({u.columnIds.map(name).join(', ')})</span>
              <SmallButton label={`Delete unique constraint on ${u.columnIds.map(name).join(', ')}`} onClick={() => run({ kind: 'deletePart', tableId: table.id, part: 'uniques', id: u.id })}>✕</SmallButton>
            </li>
          ))}
        </ul>
        <select aria-label="Add unique constraint on column" value="" className="mt-1 h-7 rounded-md border border-zinc-300 bg-white text-xs dark:border-zinc-700 dark:bg-zinc-950"
          onChange={(e) => { if (e.target.value) run(newUnique(table, [e.target.value])); }}>
          <option value="">+ unique on…</option>
          {table.columns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      <div>
        <p className="text-xs text-zinc-500">Checks</p>
        <ul className="space-y-1">
          {table.checks.map((c) => (
            <li key={c.id} className="flex items-center gap-1">
              <TextField label={`Check ${c.name ?? c.expression}`} value={c.expression} onCommit={(v) => v && run({ kind: 'updatePart', tableId: table.id, part: 'checks', id: c.id, changes: { expression: v } })} />
              <SmallButton label={`Delete check ${c.name ?? c.expression}`} onClick={() => run({ kind: 'deletePart', tableId: table.id, part: 'checks', id: c.id })}>✕</SmallButton>
            </li>
          ))}
        </ul>
        <TextField label="New check expression" value={null} placeholder="+ CHECK (expression)" onCommit={(v) => { if (v) run(newCheck(table, v)); }} className="mt-1" />
      </div>
      <ErrorLine error={error} />
    </Section>
  );
}
