'use client';

import { useDesigner } from '@/lib/client/designer/context';
import { formatColumnType } from '@/lib/canvas/format-type';
import { Button } from '../ui/Button';
import { AddColumnForm } from './AddColumnForm';
import { CommitInput } from './CommitInput';

/** The side panel: edits the selected table, or sums up the diagram when nothing is selected. */
export function Inspector() {
  const document = useDesigner((s) => s.document);
  const selectedTableId = useDesigner((s) => s.selectedTableId);
  const table = document.tables.find((t) => t.id === selectedTableId) ?? null;

  return (
    <aside aria-label="Inspector" className="flex w-80 shrink-0 flex-col overflow-y-auto border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      {table ? <TableInspector tableId={table.id} /> : <DiagramSummary />}
    </aside>
  );
}

function DiagramSummary() {
  const tables = useDesigner((s) => s.document.tables.length);
  const relationships = useDesigner((s) => s.document.relationships.length);
  const version = useDesigner((s) => s.document.target.postgresVersion);
  return (
    <div className="p-5">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Diagram</h2>
      <dl className="mt-3 grid grid-cols-2 gap-y-2 text-sm">
        <dt className="text-zinc-500">Tables</dt><dd className="tabular-nums">{tables}</dd>
        <dt className="text-zinc-500">Foreign keys</dt><dd className="tabular-nums">{relationships}</dd>
        <dt className="text-zinc-500">Target</dt><dd>PostgreSQL {version}</dd>
      </dl>
      <p className="mt-6 rounded-lg bg-zinc-50 p-3 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400">
        Select a table on the canvas to rename it or edit its columns.
      </p>
    </div>
  );
}

function TableInspector({ tableId }: { tableId: string }) {
  const document = useDesigner((s) => s.document);
  const renameTable = useDesigner((s) => s.renameTable);
  const renameColumn = useDesigner((s) => s.renameColumn);
  const selectTable = useDesigner((s) => s.selectTable);
  const table = document.tables.find((t) => t.id === tableId);
  if (!table) return null;
  const primaryKey = new Set(table.primaryKey?.columnIds ?? []);

  return (
    <div className="flex flex-col gap-6 p-5">
      <section>
        <div className="flex items-center justify-between">
          <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Table</h2>
          <Button variant="ghost" size="sm" onClick={() => selectTable(null)}>Close</Button>
        </div>
        <CommitInput
          key={`${table.id}:${table.name}`}
          label="Table name"
          value={table.name}
          onCommit={(name) => {
            const result = renameTable(table.id, name);
            return result.ok ? null : result.error;
          }}
          className="mt-2 font-mono"
        />
      </section>

      <section>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Columns</h2>
        <ul className="mt-2 space-y-1.5">
          {table.columns.map((column) => (
            <li key={column.id} className="flex items-start gap-2">
              <CommitInput
                key={`${column.id}:${column.name}`}
                label={`Name of column ${column.name}`}
                value={column.name}
                onCommit={(name) => {
                  const result = renameColumn(table.id, column.id, name);
                  return result.ok ? null : result.error;
                }}
                className="min-w-0 flex-1 font-mono text-xs"
              />
              <span className="mt-2 w-28 shrink-0 truncate text-right font-mono text-[11px] text-zinc-500" title={formatColumnType(document, column.type)}>
                {formatColumnType(document, column.type)}
                {primaryKey.has(column.id) ? ' · PK' : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <AddColumnForm key={table.id} tableId={table.id} />
    </div>
  );
}
