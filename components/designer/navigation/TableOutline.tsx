'use client';

import { memo } from 'react';
import { TABLE_NODE_WIDTH, type TableNodeData } from '@/lib/canvas/to-flow';
import { HeaderHandles } from './HeaderHandles';

/**
 * A table as drawn when zoomed far out (level of detail): one box with the
 * name, and the key-column handles its edges attach to. About a fifth of the
 * elements of the full node and none of its hooks, which is what keeps 500
 * tables on screen cheap to mount, lay out and pan.
 */
export const TableOutline = memo(function TableOutline({ data, selected }: { data: TableNodeData; selected: boolean }) {
  return (
    <div
      role="group"
      aria-label={`Table ${data.name}`}
      style={{ width: TABLE_NODE_WIDTH }}
      className={`relative truncate rounded-lg border-2 bg-zinc-50 px-3 py-2 text-xs font-semibold text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100 ${
        selected ? 'border-indigo-500' : 'border-zinc-300 dark:border-zinc-600'
      }`}
    >
      {data.schema ? `${data.schema}.${data.name}` : data.name}
      <HeaderHandles columns={data.columns} />
    </div>
  );
});
