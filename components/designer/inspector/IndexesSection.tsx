'use client';

import type { Table } from '@/lib/model/table';
import type { Index, IndexKey } from '@/lib/model/table-parts';
import { newIndex } from '@/lib/editor/factories/parts';
import { EMPTY_KEY, newExpressionIndex } from './expression-index';
import { IndexKeyEditor } from './IndexKeyEditor';
import { useDesigner } from '@/lib/client/designer/context';
import { AddTextField, CheckField, Section, SelectField, SmallButton, TextField } from './fields';
import { ErrorLine, useExecute } from './use-execute';

const METHODS = ['btree', 'hash', 'gin', 'gist', 'spgist', 'brin', 'hnsw', 'ivfflat'] as const;

/**
 * The indexes editor: method, key columns with ASC/DESC, NULLS FIRST/LAST and
 * operator class and collation (a key is a column or an expression such as
 * `lower(email)`), INCLUDE columns, a partial WHERE and WITH (…) parameters.
 */
export function IndexesSection({ table }: { table: Table }) {
  const document = useDesigner((s) => s.document);
  const { run, error } = useExecute();
  return (
    <Section title="Indexes">
      {table.indexes.map((index) => <IndexEditor key={index.id} table={table} index={index} run={run} />)}
      <select aria-label="Add index on column" value="" className="h-7 rounded-md border border-zinc-300 bg-white text-xs dark:border-zinc-700 dark:bg-zinc-950"
        onChange={(e) => { if (e.target.value) run(newIndex(document, table, [e.target.value])); }}>
        <option value="">+ index on…</option>
        {table.columns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
      <AddTextField label="Add index on expression" placeholder="+ index on expression, e.g. lower(email)"
        onAdd={(expression) => run(newExpressionIndex(document, table, expression))} />
      <ErrorLine error={error} />
    </Section>
  );
}

function IndexEditor({ table, index, run }: { table: Table; index: Index; run: ReturnType<typeof useExecute>['run'] }) {
  const update = (changes: Partial<Omit<Index, 'id'>>) => run({ kind: 'updatePart', tableId: table.id, part: 'indexes', id: index.id, changes });
  const setKey = (i: number, change: Partial<IndexKey>) => update({ keys: index.keys.map((k, j) => (j === i ? { ...k, ...change } : k)) });
  const columnName = (id: string | null) => table.columns.find((c) => c.id === id)?.name ?? '';
  const withText = Object.entries(index.with).map(([k, v]) => `${k}=${v}`).join(', ');
  return (
    <div role="group" aria-label={`Index ${index.name}`} className="space-y-1.5 rounded-md border border-zinc-100 p-2 dark:border-zinc-800">
      <div className="flex items-center gap-1">
        <TextField label={`Name of index ${index.name}`} value={index.name} onCommit={(v) => v && update({ name: v })} />
        <SmallButton label={`Delete index ${index.name}`} onClick={() => run({ kind: 'deletePart', tableId: table.id, part: 'indexes', id: index.id })}>✕</SmallButton>
      </div>
      <div className="flex items-center gap-2">
        <SelectField label={`Method of index ${index.name}`} value={index.method} options={METHODS} onChange={(method) => update({ method, unique: method === 'btree' ? index.unique : false })} className="flex-1" />
        <CheckField label={`Unique index ${index.name}`} visibleLabel="unique" checked={index.unique} onChange={(unique) => update({ unique })} />
      </div>
      {index.keys.map((key, i) => (
        <IndexKeyEditor key={i} table={table} index={index} position={i} keyValue={key} onChange={(change) => setKey(i, change)}
          onRemove={index.keys.length > 1 ? () => update({ keys: index.keys.filter((_, j) => j !== i) }) : null} />
      ))}
      <select aria-label={`Add key column to index ${index.name}`} value="" className="h-7 rounded-md border border-zinc-300 bg-white text-xs dark:border-zinc-700 dark:bg-zinc-950"
        onChange={(e) => { if (e.target.value) update({ keys: [...index.keys, { ...EMPTY_KEY, columnId: e.target.value }] }); }}>
        <option value="">+ key column…</option>
        {table.columns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
      <AddTextField label={`Add expression key to index ${index.name}`} placeholder="+ key expression, e.g. lower(email)"
        onAdd={(expression) => update({ keys: [...index.keys, { ...EMPTY_KEY, expression }] })} />
      <TextField label={`Include columns of index ${index.name}`} value={index.include.map(columnName).join(', ') || null} placeholder="INCLUDE (col, …)"
        onCommit={(v) => update({ include: (v ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((n) => table.columns.find((c) => c.name === n)?.id ?? n) })} />
      <TextField label={`Where clause of index ${index.name}`} value={index.where} placeholder="WHERE (partial index)" onCommit={(where) => update({ where })} />
      <TextField label={`With parameters of index ${index.name}`} value={withText || null} placeholder="WITH (m=16, ef_construction=64)"
        onCommit={(v) => update({ with: parseWith(v ?? '') })} />
    </div>
  );
}

function parseWith(text: string): Index['with'] {
  const out: Index['with'] = {};
  for (const part of text.split(',')) {
    const [k, v] = part.split('=').map((s) => s.trim());
    if (!k || v === undefined || v === '') continue;
    out[k] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return out;
}
