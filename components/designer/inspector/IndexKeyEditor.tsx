'use client';

import type { Table } from '@/lib/model/table';
import type { Index, IndexKey } from '@/lib/model/table-parts';
import { SelectField, SmallButton, TextField } from './fields';

/**
 * One key of an index: a column or an SQL expression such as `lower(email)`
 * (toggled per key), with ASC/DESC, NULLS FIRST/LAST, operator class and collation.
 */
export function IndexKeyEditor({ table, index, position, keyValue, onChange, onRemove }: {
  table: Table; index: Index; position: number; keyValue: IndexKey;
  onChange: (change: Partial<IndexKey>) => void; onRemove: (() => void) | null;
}) {
  const label = (what: string) => `Key ${position + 1} ${what} of index ${index.name}`;
  const isExpression = keyValue.columnId === null;
  const columnNameOf = (id: string | null) => table.columns.find((c) => c.id === id)?.name ?? null;
  const toggle = (kind: 'column' | 'expression') => {
    if (kind === 'expression' && !isExpression) onChange({ columnId: null, expression: columnNameOf(keyValue.columnId) ?? 'expression' });
    // Back to a column: the column the expression names, if any, else the first one.
    if (kind === 'column' && isExpression) {
      const named = table.columns.find((c) => new RegExp(`\\b${c.name}\\b`).test(keyValue.expression ?? ''));
      const column = named ?? table.columns[0];
      if (column) onChange({ columnId: column.id, expression: null });
    }
  };
  return (
    <div className="space-y-1 rounded border border-zinc-100 p-1 dark:border-zinc-800">
      <div className="flex gap-1">
        <SelectField label={label('kind')} value={isExpression ? 'expression' : 'column'} className="w-24 shrink-0"
          options={[{ value: 'column', label: 'column' }, { value: 'expression', label: 'expression' }] as const} onChange={toggle} />
        {isExpression ? (
          <TextField label={label('expression')} value={keyValue.expression} placeholder="lower(email)"
            onCommit={(expression) => { if (expression) onChange({ expression }); }} />
        ) : (
          <SelectField label={label('column')} value={keyValue.columnId ?? ''} className="min-w-0 flex-1"
            options={table.columns.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(columnId) => columnId && onChange({ columnId, expression: null })} />
        )}
        {onRemove && <SmallButton label={`Remove key ${position + 1} of index ${index.name}`} onClick={onRemove}>✕</SmallButton>}
      </div>
      <div className="flex gap-1">
        <SelectField label={label('order')} value={keyValue.order ?? ''} options={[{ value: '', label: '—' }, { value: 'asc', label: 'ASC' }, { value: 'desc', label: 'DESC' }]}
          onChange={(v) => onChange({ order: v === '' ? null : (v as 'asc' | 'desc') })} />
        <SelectField label={label('nulls')} value={keyValue.nulls ?? ''} options={[{ value: '', label: '—' }, { value: 'first', label: 'NULLS FIRST' }, { value: 'last', label: 'NULLS LAST' }]}
          onChange={(v) => onChange({ nulls: v === '' ? null : (v as 'first' | 'last') })} />
      </div>
      <div className="flex gap-1">
        <TextField label={label('operator class')} value={keyValue.opclass} placeholder="opclass" onCommit={(opclass) => onChange({ opclass })} />
        <TextField label={label('collation')} value={keyValue.collation} placeholder="collation" onCommit={(collation) => onChange({ collation })} />
      </div>
    </div>
  );
}
