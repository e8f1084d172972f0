'use client';

import type { Table } from '@/lib/model/table';
import { newAccessPattern, newDependency } from '@/lib/editor/factories/parts';
import { AccessPatternEditor } from './AccessPatternEditor';
import { Section, SmallButton, NumberField, TextField } from './fields';
import { columnName as colName } from './pattern-helpers';
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
      {table.accessPatterns.map((p) => <AccessPatternEditor key={p.id} table={table} pattern={p} run={run} />)}
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

