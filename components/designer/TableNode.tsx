'use client';

import { Handle, Position, useConnection, type Node, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { columnHandleId, TABLE_NODE_WIDTH, type ColumnRow, type TableNodeData } from '@/lib/canvas/to-flow';
import { useHighlightedColumns, useOpenFindingCount } from '@/lib/client/analysis/context';
import { useDesignerStore, useReadOnly } from '@/lib/client/designer/context';
import { columnDiffClass, tableDiffClass, useCompareHighlight, type DiffMark } from '@/lib/client/history/highlight-context';
import { usePresenceOn } from '@/lib/client/collab/use-presence';
import { CommentBadge } from '../comments/CommentBadge';
import { PresenceTags, presenceOutline } from './collab/PresenceMarks';
import { KeyIcon, LinkIcon } from '../ui/icons';
import { HeaderHandles } from './navigation/HeaderHandles';
import { useOutlineMode } from './navigation/level-of-detail';
import { TableOutline } from './navigation/TableOutline';

export type TableNodeType = Node<TableNodeData, 'table'>;

/**
 * A table on the canvas: its name (double-click to rename), then one row per
 * column with type and PK / FK / unique / NOT NULL markers, then its indexes.
 * Every column row is a source handle for drawing a relationship; while one is
 * being drawn, the whole table becomes a drop target.
 */
export const TableNode = memo(function TableNode({ id, data, selected }: NodeProps<TableNodeType>) {
  // Level of detail (navigation layer): only the name box when zoomed far out, except while exporting.
  const outline = useOutlineMode();
  const connectingFrom = useConnection((c) => (c.inProgress ? c.fromNode.id : null));
  // Problems panel (components/designer/problems): the focused finding's columns, as a string so the node re-renders only when they change.
  const highlighted = useHighlightedColumns(id);
  // History compare (components/history): added / removed / changed marks; null outside a comparison.
  const diff = useCompareHighlight(id);
  // Live co-editing (components/designer/collab): others who have this table selected — their colour and name tag.
  const present = usePresenceOn(id);
  if (outline) return <TableOutline data={data} selected={selected} />;
  const showColumns = !data.collapsed;
  return (
    <div
      role="group"
      aria-label={`Table ${data.name}`}
      title={data.comment || undefined}
      style={{ width: TABLE_NODE_WIDTH, ...presenceOutline(present) }}
      data-selected-by={present.length > 0 ? present.map((p) => p.name).join(', ') : undefined}
      data-diff={diff?.table}
      className={`relative overflow-hidden rounded-lg border bg-white text-xs shadow-sm transition-shadow dark:bg-zinc-900 ${
        selected ? 'border-indigo-500 shadow-md ring-2 ring-indigo-500/30' : 'border-zinc-200 dark:border-zinc-700'
      } ${tableDiffClass(diff)}`}
    >
      <PresenceTags people={present} />
      <TableHeader tableId={id} data={data} />
      {showColumns && (
        <ul>
          {data.columns.map((column) => <ColumnLine key={column.id} column={column} highlighted={highlighted.split(',').includes(column.id)} diff={diff?.columns[column.id]} />)}
          {data.columns.length === 0 && <li className="px-3 py-1.5 italic text-zinc-400">no columns</li>}
        </ul>
      )}
      {/* Without rows, edges still need their column handles to attach to. */}
      {!showColumns && <HeaderHandles columns={data.columns} />}
      {showColumns && data.indexes.length > 0 && (
        <ul aria-label="Indexes" className="border-t border-zinc-200 bg-zinc-50/60 px-3 py-1 text-[10px] text-zinc-500 dark:border-zinc-700 dark:bg-zinc-800/40">
          {data.indexes.map((index) => (
            <li key={index.id} className="truncate">
              {index.unique ? 'unique ' : ''}{index.method} · {index.name}{index.partial ? ' · partial' : ''}
            </li>
          ))}
        </ul>
      )}
      {/* While a relationship is being drawn from another table, this whole table is the drop target. */}
      <Handle
        id="table"
        type="target"
        position={Position.Top}
        className="table-drop-target"
        data-drop-active={connectingFrom !== null && connectingFrom !== id ? 'true' : undefined}
        style={connectingFrom !== null && connectingFrom !== id
          ? { inset: 0, width: '100%', height: '100%', transform: 'none', borderRadius: 8, opacity: 0, zIndex: 10 }
          : { opacity: 0, pointerEvents: 'none' }}
      />
    </div>
  );
});

function TableHeader({ tableId, data }: { tableId: string; data: TableNodeData }) {
  const store = useDesignerStore();
  const readOnly = useReadOnly(); // sharing: no inline rename, no collapse (both change the document)
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const commit = (name: string) => {
    if (name !== data.name) {
      const result = store.getState().renameTable(tableId, name);
      if (!result.ok) {
        setError(result.error);
        return;
      }
    }
    setError(null);
    setEditing(false);
  };
  return (
    <div className="flex items-center gap-1.5 border-b border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-800">
      <span className={`h-2 w-2 shrink-0 rounded-sm ${data.junction ? 'bg-sky-500' : 'bg-indigo-500'}`} aria-hidden="true" />
      {data.schema && <span className="text-zinc-500">{data.schema}.</span>}
      {editing ? (
        <input
          autoFocus
          aria-label="Rename table"
          defaultValue={data.name}
          aria-invalid={error ? true : undefined}
          title={error ?? undefined}
          spellCheck={false}
          className={`nodrag min-w-0 flex-1 rounded border bg-white px-1 font-semibold outline-none dark:bg-zinc-950 ${error ? 'border-red-500' : 'border-indigo-400'}`}
          onBlur={(event) => commit(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(event.currentTarget.value);
            if (event.key === 'Escape') { setError(null); setEditing(false); }
          }}
        />
      ) : (
        <span className="truncate font-semibold text-zinc-900 dark:text-zinc-100" onDoubleClick={readOnly ? undefined : () => setEditing(true)}>{data.name}</span>
      )}
      {data.junction && <span className="rounded bg-sky-50 px-1 text-[10px] text-sky-700 dark:bg-sky-950 dark:text-sky-300">N:M</span>}
      <ProblemBadge tableId={tableId} />
      <CommentBadge tableId={tableId} />
      {!readOnly && <button
        type="button"
        aria-label={data.collapsed ? `Expand ${data.name}` : `Collapse ${data.name}`}
        aria-expanded={!data.collapsed}
        className="nodrag ml-auto rounded px-1 text-zinc-400 hover:bg-zinc-200 hover:text-zinc-700 dark:hover:bg-zinc-700"
        onClick={() => store.getState().execute({ kind: 'setNodeLayout', nodes: { [tableId]: { collapsed: !data.collapsed } } })}
      >
        {data.collapsed ? '▸' : '▾'}
      </button>}
    </div>
  );
}

/** Inside the row (the node clips its overflow), and shown on hover so people find where to drag from. */
const HANDLE_CLASS = 'column-handle group-hover:bg-indigo-400! cursor-crosshair';
const HANDLE_STYLE = { width: 9, height: 9, borderRadius: 9 } as const;

/** Open findings of the server-side check on this table (see components/designer/problems). */
function ProblemBadge({ tableId }: { tableId: string }) {
  const count = useOpenFindingCount(tableId);
  if (count === 0) return null;
  return (
    <span aria-label={`${count} ${count === 1 ? 'problem' : 'problems'}`} title="Open problems (see the Problems panel)"
      className="rounded-full bg-amber-100 px-1.5 text-[10px] font-semibold text-amber-800 dark:bg-amber-950 dark:text-amber-300">
      {count}
    </span>
  );
}

function ColumnLine({ column, highlighted, diff }: { column: ColumnRow; highlighted: boolean; diff?: DiffMark }) {
  const markers = [column.primaryKey && 'primary key', column.foreignKey && 'foreign key', column.unique && 'unique', column.notNull && 'not null'].filter(Boolean);
  const title = [markers.join(', '), column.comment].filter(Boolean).join(' — ');
  return (
    <li aria-label={`Column ${column.name}`} data-problem-highlight={highlighted ? 'true' : undefined} data-diff={diff} title={title}
      className={`group relative flex h-7 items-center gap-1.5 border-b border-zinc-100 px-3 last:border-b-0 dark:border-zinc-800 ${highlighted ? 'bg-amber-50 shadow-[inset_3px_0_0_var(--color-amber-500)] dark:bg-amber-950/40' : ''} ${columnDiffClass(diff)}`}>
      <Handle id={columnHandleId(column.id, 'left')} type="source" position={Position.Left} className={HANDLE_CLASS} style={{ ...HANDLE_STYLE, left: 3 }} />
      <span className="flex w-4 shrink-0 justify-center">
        {column.primaryKey ? (
          <KeyIcon width={12} height={12} className="text-amber-500" aria-label="primary key" aria-hidden={false} role="img" />
        ) : column.foreignKey ? (
          <LinkIcon width={12} height={12} className="text-sky-500" aria-label="foreign key" aria-hidden={false} role="img" />
        ) : null}
      </span>
      <span className={`truncate ${column.primaryKey ? 'font-semibold' : ''} text-zinc-800 dark:text-zinc-200`}>{column.name}</span>
      {column.foreignKey && column.primaryKey && <span className="rounded bg-sky-50 px-1 text-[10px] font-medium text-sky-700 dark:bg-sky-950 dark:text-sky-300">FK</span>}
      {column.unique && <span className="rounded bg-violet-50 px-1 text-[10px] font-medium text-violet-700 dark:bg-violet-950 dark:text-violet-300" aria-label="unique">U</span>}
      <span className="ml-auto shrink-0 font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{column.type}</span>
      <span
        className={`w-6 shrink-0 text-right text-[10px] font-medium ${column.notNull ? 'text-zinc-500' : 'text-transparent'}`}
        aria-label={column.notNull ? 'not null' : undefined}
      >
        {column.notNull ? 'NN' : ''}
      </span>
      <Handle id={columnHandleId(column.id, 'right')} type="source" position={Position.Right} className={HANDLE_CLASS} style={{ ...HANDLE_STYLE, right: 3 }} />
    </li>
  );
}
