'use client';

import type { Table } from '@/lib/model/table';
import type { AccessPattern } from '@/lib/model/requirements';
import { FilterOperator } from '@/lib/model/requirements';
import { newAccessPattern, newDependency } from '@/lib/editor/factories/parts';
import { Section, SelectField, SmallButton, NumberField, TextField } from './fields';
import { ErrorLine, useExecute } from './use-execute';

/** Volume (rows, growth per month), access patterns and functional dependencies: what later advice is computed from. */
export function RequirementsSection({ table }: { table: Table }) {
  const { run, error } = useExecute();
  const volume = table.volume ?? { rows: 0, growthPerMonth: 0, rowBytes: null };
  return (
    <Section title="Requirements">
      <div className="flex gap-1.5">
        <NumberField label="Expected rows" value={table.volume?.rows ?? null} onCommit={(rows) => run({ kind: 'updateTable', tableId: table.id, changes: { volume: rows === null ? null : { ...volume, rows } } })} />
        <NumberField label="Growth per month" value={table.volume?.growthPerMonth ?? null} onCommit={(g) => run({ kind: 'updateTable', tableId: table.id, changes: { volume: { ...volume, growthPerMonth: g ?? 0 } } })} />
      </div>
      {table.accessPatterns.map((p) => <PatternEditor key={p.id} table={table} pattern={p} run={run} />)}
      <SmallButton label="Add access pattern" onClick={() => run(newAccessPattern(table))}>+ access pattern</SmallButton>
      <p className="text-xs text-zinc-500">Functional dependencies</p>
      <ul className="space-y-1 text-xs">
        {table.dependencies.map((fd) => (
          <li key={fd.id} className="flex items-center gap-1 font-mono">
            {fd.determinant.map((id) => colName(table, id)).join(', ')} → {fd.dependent.map((id) => colName(table, id)).join(', ')}
            <SmallButton label="Delete dependency" onClick={() => run({ kind: 'deletePart', tableId: table.id, part: 'dependencies', id: fd.id })}>✕</SmallButton>
          </li>
        ))}
      </ul>
      <TextField label="New functional dependency" value={null} placeholder="a, b -> c"
        onCommit={(v) => {
          const [left, right] = (v ?? '').split('->');
          const ids = (s: string | undefined) => (s ?? '').split(',').map((n) => table.columns.find((c) => c.name === n.trim())?.id).filter((id): id is string => !!id);
          if (ids(left).length > 0 && ids(right).length > 0) run(newDependency(table, ids(left), ids(right)));
        }} />
      <ErrorLine error={error} />
    </Section>
  );
}

const colName = (table: Table, id: string) => table.columns.find((c) => c.id === id)?.name ?? '?';

function PatternEditor({ table, pattern, run }: { table: Table; pattern: AccessPattern; run: ReturnType<typeof useExecute>['run'] }) {
  const update = (changes: Partial<Omit<AccessPattern, 'id'>>) => run({ kind: 'updatePart', tableId: table.id, part: 'accessPatterns', id: pattern.id, changes });
  return (
    <div role="group" aria-label={`Access pattern ${pattern.name}`} className="space-y-1 rounded-md border border-zinc-100 p-2 dark:border-zinc-800">
      <div className="flex gap-1">
        <TextField label={`Name of access pattern ${pattern.name}`} value={pattern.name} onCommit={(name) => name && update({ name })} className="font-sans" />
        <SmallButton label={`Delete access pattern ${pattern.name}`} onClick={() => run({ kind: 'deletePart', tableId: table.id, part: 'accessPatterns', id: pattern.id })}>✕</SmallButton>
      </div>
      {pattern.filters.map((f, i) => (
        <div key={i} className="flex gap-1">
          <span className="w-20 truncate font-mono text-xs">{colName(table, f.columnId)}</span>
          <SelectField label={`Operator of filter ${i + 1}`} value={f.operator} options={FilterOperator.options} onChange={(operator) => update({ filters: pattern.filters.map((x, j) => (j === i ? { ...x, operator } : x)) })} />
          <TextField label={`Constant of filter ${i + 1}`} value={f.constant} placeholder="constant" onCommit={(constant) => update({ filters: pattern.filters.map((x, j) => (j === i ? { ...x, constant } : x)) })} />
          <SmallButton label={`Remove filter ${i + 1}`} onClick={() => update({ filters: pattern.filters.filter((_, j) => j !== i) })}>✕</SmallButton>
        </div>
      ))}
      <SelectField label={`Add filter to ${pattern.name}`} value="" options={[{ value: '', label: '+ filter on…' }, ...table.columns.map((c) => ({ value: c.id, label: c.name }))]}
        onChange={(columnId) => columnId && update({ filters: [...pattern.filters, { columnId, operator: 'eq', constant: null }] })} />
      <SelectField label={`Add sort to ${pattern.name}`} value="" options={[{ value: '', label: '+ sort by…' }, ...table.columns.flatMap((c) => [{ value: `${c.id}|asc`, label: `${c.name} ASC` }, { value: `${c.id}|desc`, label: `${c.name} DESC` }])]}
        onChange={(v) => { if (!v) return; const [columnId, direction] = v.split('|') as [string, 'asc' | 'desc']; update({ orderBy: [...pattern.orderBy, { columnId, direction, nulls: null }] }); }} />
      {pattern.orderBy.length > 0 && <p className="font-mono text-xs">ORDER BY {pattern.orderBy.map((s) => `${colName(table, s.columnId)} ${s.direction.toUpperCase()}`).join(', ')}</p>}
      <div className="flex gap-1">
        <NumberField label={`Limit of ${pattern.name}`} value={pattern.limit} onCommit={(limit) => update({ limit })} />
        <NumberField label={`Frequency of ${pattern.name}`} value={pattern.frequency.count} onCommit={(count) => update({ frequency: { ...pattern.frequency, count: count ?? 0 } })} />
        <SelectField label={`Frequency unit of ${pattern.name}`} value={pattern.frequency.per} options={['second', 'minute', 'hour', 'day'] as const} onChange={(per) => update({ frequency: { ...pattern.frequency, per } })} />
      </div>
    </div>
  );
}
