'use client';

import { useState } from 'react';
import { useComments } from '@/lib/client/comments/context';
import { useDesigner } from '@/lib/client/designer/context';
import { CommentComposer } from './CommentComposer';

/**
 * Starts a thread on the selected table, or on one of its columns. The
 * inspector's "Comment" button (and a node's badge) can preset the target.
 */
export function NewThreadForm() {
  const tableId = useDesigner((s) => s.selectedTableId);
  const table = useDesigner((s) => s.document.tables.find((t) => t.id === s.selectedTableId));
  const draft = useComments((s) => s.draftTarget);
  const preset = draft && draft.tableId === tableId ? draft.columnId : null;
  if (!tableId || !table) {
    return <p className="text-xs text-zinc-500">Select a table on the canvas to comment on it or on one of its columns.</p>;
  }
  // A new table or preset starts a fresh form.
  return <TargetedForm key={`${table.id}:${preset ?? ''}`} table={table} presetColumnId={preset} />;
}

function TargetedForm({ table, presetColumnId }: { table: { id: string; name: string; columns: { id: string; name: string }[] }; presetColumnId: string | null }) {
  const startThread = useComments((s) => s.startThread);
  const [columnId, setColumnId] = useState(presetColumnId ?? '');
  return (
    <div className="space-y-1.5">
      <label className="flex items-center gap-1.5 text-xs">
        <span className="shrink-0 text-zinc-500">On</span>
        <select aria-label="Comment on" value={columnId} onChange={(event) => setColumnId(event.target.value)}
          className="min-w-0 flex-1 rounded border border-zinc-300 bg-white px-1 py-0.5 font-mono dark:border-zinc-700 dark:bg-zinc-950">
          <option value="">{table.name} (the table)</option>
          {table.columns.map((c) => <option key={c.id} value={c.id}>{table.name}.{c.name}</option>)}
        </select>
      </label>
      <CommentComposer label="New comment" action="Comment" send={(body) => startThread({ tableId: table.id, columnId: columnId || null }, body)} />
    </div>
  );
}
