'use client';

import { useDesigner } from '@/lib/client/designer/context';
import { useView } from '@/lib/client/view/context';

/**
 * Highlights the column row the search jumped to. The row is found through its
 * connection handle (`data-handleid="<columnId>:left"`, see lib/canvas/to-flow),
 * so the table node needs no knowledge of search. It lasts while that table
 * stays selected.
 */
export function ColumnHighlight() {
  const target = useView((s) => s.highlightedColumn);
  const selectedTableId = useDesigner((s) => s.selectedTableId);
  if (!target || target.tableId !== selectedTableId) return null;
  const handle = `.react-flow__handle[data-handleid="${CSS.escape(`${target.columnId}:left`)}"]`;
  const node = `.react-flow__node[data-id="${CSS.escape(target.tableId)}"]`;
  return <style>{`${node} :has(> ${handle}) { background: var(--tc-highlight); box-shadow: inset 3px 0 0 var(--tc-highlight-edge); }`}</style>;
}
