'use client';

import { useState } from 'react';
import type { Table } from '@/lib/model/table';
import type { Column } from '@/lib/model/table-parts';
import { formatColumnType } from '@/lib/canvas/format-type';
import { useDesigner, useReadOnly } from '@/lib/client/designer/context';
import { CommitInput } from '../CommitInput';
import { CheckField, Section, SelectField, SmallButton, TextField } from './fields';
import { TypePicker } from './TypePicker';
import { ErrorLine, useExecute } from './use-execute';

type ValueSource = 'none' | 'gen_random_uuid()' | 'now()' | 'identity always' | 'identity by default' | 'custom' | 'generated';

function sourceOf(c: Column): ValueSource {
  if (c.identity === 'always') return 'identity always';
  if (c.identity === 'by_default') return 'identity by default';
  if (c.generated) return 'generated';
  if (c.default === 'gen_random_uuid()' || c.default === 'now()') return c.default;
  return c.default === null ? 'none' : 'custom';
}

/** Columns: name, type, nullable, default / identity / generated, comment; reorder with ↑ ↓ (or drag the row). */
export function ColumnsSection({ table }: { table: Table }) {
  const { run, error } = useExecute();
  const [dragged, setDragged] = useState<string | null>(null);
  return (
    <Section title="Columns">
      <ul className="space-y-1.5">
        {table.columns.map((column, index) => (
          <li key={column.id} draggable onDragStart={() => setDragged(column.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => { if (dragged) run({ kind: 'reorderColumn', tableId: table.id, columnId: dragged, toIndex: index }); setDragged(null); }}>
            <ColumnEditor table={table} column={column} index={index} run={run} />
          </li>
        ))}
      </ul>
      <ErrorLine error={error} />
    </Section>
  );
}

function ColumnEditor({ table, column, index, run }: { table: Table; column: Column; index: number; run: ReturnType<typeof useExecute>['run'] }) {
  const document = useDesigner((s) => s.document);
  const renameColumn = useDesigner((s) => s.renameColumn);
  // View only: the inspector's buttons are disabled, so the details start open to be read.
  const [open, setOpen] = useState(useReadOnly());
  const update = (changes: Partial<Omit<Column, 'id'>>) => run({ kind: 'updateColumn', tableId: table.id, columnId: column.id, changes });
  const isKey = table.primaryKey?.columnIds.includes(column.id) ?? false;
  const setSource = (source: ValueSource) => {
    const cleared = { default: null, identity: null, generated: null } as const;
    if (source === 'identity always' || source === 'identity by default') update({ ...cleared, identity: source === 'identity always' ? 'always' : 'by_default', nullable: false });
    else if (source === 'gen_random_uuid()' || source === 'now()') update({ ...cleared, default: source });
    else if (source === 'generated') update({ ...cleared, generated: { expression: column.generated?.expression ?? '1' } });
    else if (source === 'none') update(cleared);
    else setOpen(true);
  };
  return (
    <div className="rounded-md border border-zinc-100 p-1.5 dark:border-zinc-800">
      <div className="flex items-start gap-1">
        <CommitInput key={`${column.id}:${column.name}`} label={`Name of column ${column.name}`} value={column.name}
          onCommit={(name) => { const r = renameColumn(table.id, column.id, name); return r.ok ? null : r.error; }}
          className="min-w-0 flex-1 font-mono text-xs" />
        <span className="mt-2 w-24 shrink-0 truncate text-right font-mono text-[11px] text-zinc-500" title={formatColumnType(document, column.type)}>
          {formatColumnType(document, column.type)}{isKey ? ' · PK' : ''}
        </span>
        <SmallButton label={`Edit column ${column.name}`} onClick={() => setOpen(!open)}>{open ? '▾' : '▸'}</SmallButton>
      </div>
      {open && (
        <div className="mt-1.5 space-y-1.5">
          <TypePicker columnName={column.name} type={column.type} onChange={(type) => update({ type })} />
          <div className="flex flex-wrap gap-3">
            <CheckField label={`Nullable column ${column.name}`} visibleLabel="nullable" checked={column.nullable} onChange={(nullable) => update({ nullable })} />
          </div>
          <SelectField label={`Default of column ${column.name}`} value={sourceOf(column)}
            options={['none', 'gen_random_uuid()', 'now()', 'identity always', 'identity by default', 'custom', 'generated'] as const}
            onChange={setSource} />
          {sourceOf(column) === 'custom' || (sourceOf(column) === 'none' && open) ? (
            <TextField label={`Default expression of column ${column.name}`} value={column.default} placeholder="default expression" onCommit={(v) => update({ default: v, identity: null, generated: null })} />
          ) : null}
          {column.generated && (
            <TextField label={`Generated expression of column ${column.name}`} value={column.generated.expression} placeholder="GENERATED ALWAYS AS (…) STORED"
              onCommit={(v) => update({ generated: v === null ? null : { expression: v } })} />
          )}
          <TextField label={`Comment of column ${column.name}`} value={column.comment || null} placeholder="comment" onCommit={(v) => update({ comment: v ?? '' })} className="font-sans" />
          <div className="flex gap-1">
            <SmallButton label={`Move column ${column.name} up`} disabled={index === 0} onClick={() => run({ kind: 'reorderColumn', tableId: table.id, columnId: column.id, toIndex: index - 1 })}>↑</SmallButton>
            <SmallButton label={`Move column ${column.name} down`} disabled={index === table.columns.length - 1} onClick={() => run({ kind: 'reorderColumn', tableId: table.id, columnId: column.id, toIndex: index + 1 })}>↓</SmallButton>
            <SmallButton label={`Delete column ${column.name}`} onClick={() => run({ kind: 'deleteColumns', tableId: table.id, columnIds: [column.id] })}>Delete</SmallButton>
          </div>
        </div>
      )}
    </div>
  );
}
