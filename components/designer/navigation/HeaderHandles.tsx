'use client';

import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { columnHandleId, type ColumnRow } from '@/lib/canvas/to-flow';

/**
 * Connection points for a table drawn without its column rows (zoomed out, or
 * collapsed). Relationship edges attach to column handles; without these they
 * would have nothing to attach to and React Flow would drop them. Only key
 * columns get one: a foreign key starts at an FK column and ends at a primary
 * key or unique column. (A column of a composite unique constraint is not marked
 * `unique` in ColumnRow, so an edge to one is not drawn while zoomed out.) They
 * sit on the header.
 */
export const HeaderHandles = memo(function HeaderHandles({ columns }: { columns: readonly ColumnRow[] }) {
  const keys = columns.filter((c) => c.primaryKey || c.foreignKey || c.unique);
  return (
    <div className="pointer-events-none absolute inset-x-0 top-0 h-8" aria-hidden="true">
      {keys.map((column) => (
        <span key={column.id}>
          <Handle id={columnHandleId(column.id, 'left')} type="source" position={Position.Left} isConnectable={false} className="column-handle" />
          <Handle id={columnHandleId(column.id, 'right')} type="source" position={Position.Right} isConnectable={false} className="column-handle" />
        </span>
      ))}
    </div>
  );
});
