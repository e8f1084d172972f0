'use client';

import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { AreaFlowNode } from '@/lib/canvas/to-flow';

export type AreaNodeType = Node<AreaFlowNode['data'], 'area'>;

/** A coloured group behind its tables; dragging it moves them too (see Canvas). */
export const AreaNode = memo(function AreaNode({ data, selected }: NodeProps<AreaNodeType>) {
  return (
    <div
      role="group"
      aria-label={`Area ${data.name}`}
      style={{ background: `${data.color}55`, borderColor: data.color }}
      className={`h-full w-full rounded-xl border-2 ${selected ? 'ring-2 ring-indigo-500/40' : ''}`}
    >
      <span className="m-2 inline-block rounded px-1.5 py-0.5 text-xs font-semibold text-zinc-700" style={{ background: data.color }}>
        {data.name || 'Area'}
      </span>
    </div>
  );
});
