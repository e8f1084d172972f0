'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { columnHandleId, TABLE_NODE_WIDTH, type ColumnRow, type TableNodeData } from '@/lib/canvas/to-flow';
import { KeyIcon, LinkIcon } from '../ui/icons';

export type TableNodeType = Node<TableNodeData, 'table'>;

/** A table on the canvas: its name, then one row per column with type and key markers. */
export const TableNode = memo(function TableNode({ data, selected }: NodeProps<TableNodeType>) {
  return (
    <div
      role="group"
      aria-label={`Table ${data.name}`}
      style={{ width: TABLE_NODE_WIDTH }}
      className={`overflow-hidden rounded-lg border bg-white text-xs shadow-sm transition-shadow dark:bg-zinc-900 ${
        selected ? 'border-indigo-500 shadow-md ring-2 ring-indigo-500/30' : 'border-zinc-200 dark:border-zinc-700'
      }`}
    >
      <div className="flex items-center gap-1.5 border-b border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-800">
        <span className="h-2 w-2 shrink-0 rounded-sm bg-indigo-500" aria-hidden="true" />
        {data.schema && <span className="text-zinc-500">{data.schema}.</span>}
        <span className="truncate font-semibold text-zinc-900 dark:text-zinc-100">{data.name}</span>
      </div>
      <ul>
        {data.columns.map((column) => <ColumnLine key={column.id} column={column} />)}
        {data.columns.length === 0 && <li className="px-3 py-1.5 italic text-zinc-400">no columns</li>}
      </ul>
    </div>
  );
});

function ColumnLine({ column }: { column: ColumnRow }) {
  const markers = [column.primaryKey && 'primary key', column.foreignKey && 'foreign key', column.notNull && 'not null'].filter(Boolean);
  return (
    <li className="relative flex h-7 items-center gap-1.5 border-b border-zinc-100 px-3 last:border-b-0 dark:border-zinc-800" title={markers.join(', ')}>
      <Handle id={columnHandleId(column.id, 'left')} type="source" position={Position.Left} isConnectable={false} className="column-handle" />
      <span className="flex w-4 shrink-0 justify-center">
        {column.primaryKey ? (
          <KeyIcon width={12} height={12} className="text-amber-500" aria-label="primary key" aria-hidden={false} role="img" />
        ) : column.foreignKey ? (
          <LinkIcon width={12} height={12} className="text-sky-500" aria-label="foreign key" aria-hidden={false} role="img" />
        ) : null}
      </span>
      <span className={`truncate ${column.primaryKey ? 'font-semibold' : ''} text-zinc-800 dark:text-zinc-200`}>{column.name}</span>
      {column.foreignKey && column.primaryKey && <span className="rounded bg-sky-50 px-1 text-[10px] font-medium text-sky-700 dark:bg-sky-950 dark:text-sky-300">FK</span>}
      <span className="ml-auto shrink-0 font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{column.type}</span>
      <span
        className={`w-6 shrink-0 text-right text-[10px] font-medium ${column.notNull ? 'text-zinc-500' : 'text-transparent'}`}
        aria-label={column.notNull ? 'not null' : undefined}
      >
        {column.notNull ? 'NN' : ''}
      </span>
      <Handle id={columnHandleId(column.id, 'right')} type="source" position={Position.Right} isConnectable={false} className="column-handle" />
    </li>
  );
}
