'use client';

import { useDesigner, useReadOnly } from '@/lib/client/designer/context';
import { CommentOnTableButton } from '../../comments/CommentOnTableButton';
import { Button } from '../../ui/Button';
import { CommitInput } from '../CommitInput';
import { AddColumnForm } from './AddColumnForm';
import { ColumnsSection } from './ColumnsSection';
import { DomainsPanel } from './DomainsPanel';
import { EnumsPanel } from './EnumsPanel';
import { CheckField, TextField } from './fields';
import { IndexesSection } from './IndexesSection';
import { KeysSection } from './KeysSection';
import { RelationshipInspector } from './RelationshipInspector';
import { RequirementsSection } from './RequirementsSection';
import { useExecute } from './use-execute';

/** The side panel: the selected relationship, the selected table, or the diagram (with its enums and domains). */
export function Inspector() {
  const selectedTableId = useDesigner((s) => s.selectedTableId);
  const selectedEdgeId = useDesigner((s) => s.selectedEdgeId);
  const exists = useDesigner((s) => s.document.tables.some((t) => t.id === s.selectedTableId));
  const readOnly = useReadOnly();
  return (
    <aside aria-label="Inspector" className="flex w-80 shrink-0 flex-col overflow-y-auto border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      {/* Sharing: view only disables every input, select and button inside at once (readable, not editable). */}
      {/* Comments: outside the view-only fieldset, since commenters see the designer read-only. */}
      {selectedTableId && exists && !selectedEdgeId && <CommentOnTableButton tableId={selectedTableId} />}
      <fieldset disabled={readOnly} aria-label={readOnly ? 'Inspector (view only)' : undefined} className="contents">
        {selectedEdgeId ? <RelationshipInspector relationshipId={selectedEdgeId} />
          : selectedTableId && exists ? <TableInspector tableId={selectedTableId} />
          : <DiagramSummary />}
      </fieldset>
    </aside>
  );
}

function DiagramSummary() {
  const tables = useDesigner((s) => s.document.tables.length);
  const relationships = useDesigner((s) => s.document.relationships.length);
  const version = useDesigner((s) => s.document.target.postgresVersion);
  return (
    <div className="flex flex-col gap-6 p-5">
      <div>
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
      <EnumsPanel />
      <DomainsPanel />
    </div>
  );
}

function TableInspector({ tableId }: { tableId: string }) {
  const table = useDesigner((s) => s.document.tables.find((t) => t.id === tableId));
  const collapsed = useDesigner((s) => s.document.layout.nodes[tableId]?.collapsed ?? false);
  const renameTable = useDesigner((s) => s.renameTable);
  const selectTable = useDesigner((s) => s.selectTable);
  const { run } = useExecute();
  if (!table) return null;
  return (
    <div className="flex flex-col gap-6 p-5">
      <section aria-label="Table">
        <div className="flex items-center justify-between">
          <h2 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Table</h2>
          <Button variant="ghost" size="sm" onClick={() => selectTable(null)}>Close</Button>
        </div>
        <CommitInput key={`${table.id}:${table.name}`} label="Table name" value={table.name}
          onCommit={(name) => { const result = renameTable(table.id, name); return result.ok ? null : result.error; }}
          className="mt-2 font-mono" />
        <TextField label="Table comment" value={table.comment || null} placeholder="comment" onCommit={(v) => run({ kind: 'updateTable', tableId: table.id, changes: { comment: v ?? '' } })} className="mt-2 font-sans" />
        <div className="mt-2">
          <CheckField label="Collapsed on the canvas" checked={collapsed} onChange={(on) => run({ kind: 'setNodeLayout', nodes: { [table.id]: { collapsed: on } } })} />
        </div>
      </section>
      <ColumnsSection table={table} />
      <AddColumnForm key={table.id} tableId={table.id} />
      <KeysSection table={table} />
      <IndexesSection table={table} />
      <RequirementsSection table={table} />
    </div>
  );
}
