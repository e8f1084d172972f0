'use client';

import type { Table } from '@/lib/model/table';
import { FilterOperator, type AccessPattern } from '@/lib/model/requirements';
import { SelectField, SmallButton, TextField } from './fields';
import { columnName, OPERATOR_LABELS, VALUELESS } from './pattern-helpers';

type Update = (changes: Partial<Omit<AccessPattern, 'id'>>) => void;

/** WHERE filters (column, operator, optional constant) and ORDER BY of one access pattern. */
export function PatternFilters({ table, pattern, update }: { table: Table; pattern: AccessPattern; update: Update }) {
  const setFilter = (i: number, change: Partial<AccessPattern['filters'][number]>) =>
    update({ filters: pattern.filters.map((x, j) => (j === i ? { ...x, ...change } : x)) });
  return (
    <>
      {pattern.filters.map((f, i) => (
        <div key={i} className="flex items-center gap-1">
          <span className="w-16 shrink-0 truncate font-mono text-xs" title={columnName(table, f.columnId)}>{columnName(table, f.columnId)}</span>
          <SelectField label={`Operator of filter ${i + 1} of ${pattern.name}`} value={f.operator} className="w-24 shrink-0"
            options={FilterOperator.options.map((o) => ({ value: o, label: OPERATOR_LABELS[o] }))}
            onChange={(operator) => setFilter(i, { operator, constant: VALUELESS.has(operator) ? null : f.constant })} />
          {!VALUELESS.has(f.operator) && (
            <TextField label={`Constant of filter ${i + 1} of ${pattern.name}`} value={f.constant} placeholder="any value" onCommit={(constant) => setFilter(i, { constant })} />
          )}
          <SmallButton label={`Remove filter ${i + 1} of ${pattern.name}`} onClick={() => update({ filters: pattern.filters.filter((_, j) => j !== i) })}>✕</SmallButton>
        </div>
      ))}
      <SelectField label={`Add filter to ${pattern.name}`} value="" options={[{ value: '', label: '+ filter on…' }, ...table.columns.map((c) => ({ value: c.id, label: c.name }))]}
        onChange={(columnId) => columnId && update({ filters: [...pattern.filters, { columnId, operator: 'eq', constant: null }] })} />
      <SelectField label={`Add sort to ${pattern.name}`} value="" options={[{ value: '', label: '+ sort by…' }, ...table.columns.flatMap((c) => [{ value: `${c.id}|asc`, label: `${c.name} ASC` }, { value: `${c.id}|desc`, label: `${c.name} DESC` }])]}
        onChange={(v) => { if (!v) return; const [columnId, direction] = v.split('|') as [string, 'asc' | 'desc']; update({ orderBy: [...pattern.orderBy.filter((s) => s.columnId !== columnId), { columnId, direction, nulls: null }] }); }} />
      {pattern.orderBy.length > 0 && (
        <div className="flex items-center gap-1">
          <p className="min-w-0 flex-1 truncate font-mono text-xs">ORDER BY {pattern.orderBy.map((s) => `${columnName(table, s.columnId)} ${s.direction.toUpperCase()}`).join(', ')}</p>
          <SmallButton label={`Clear sort of ${pattern.name}`} onClick={() => update({ orderBy: [] })}>✕</SmallButton>
        </div>
      )}
    </>
  );
}
