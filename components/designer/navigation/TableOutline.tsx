'use client';

import { memo } from 'react';
import { tableNodeSize } from '@/lib/canvas/node-geometry';
import type { TableNodeData } from '@/lib/canvas/to-flow';
import { HeaderHandles } from './HeaderHandles';

/**
 * A table as drawn when zoomed out (level of detail, lib/canvas/level-of-detail.ts):
 * a box as big as the full table, so shapes do not jump while zooming, with the
 * name large enough to read at that zoom, and the key-column handles its edges
 * attach to. A handful of elements instead of one row per column, which is what
 * keeps a hundred tables on screen cheap to mount, lay out and pan.
 */
export const TableOutline = memo(function TableOutline({ data, selected }: { data: TableNodeData; selected: boolean }) {
  return (
    <div
      role="group"
      aria-label={`Table ${data.name}`}
      style={tableNodeSize(data, 'outline')}
      className={`relative rounded-lg border-2 bg-white px-4 py-2.5 dark:bg-zinc-900 ${
        selected ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950' : 'border-zinc-300 dark:border-zinc-600'
      }`}
    >
      <div className="truncate text-[28px] leading-9 font-semibold text-zinc-900 dark:text-zinc-100">
        {data.schema ? `${data.schema}.${data.name}` : data.name}
      </div>
      <HeaderHandles columns={data.columns} />
    </div>
  );
});
