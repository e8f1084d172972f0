'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { DiffMark, TableHighlight } from './display-document';

export type { DiffMark, TableHighlight } from './display-document';

/**
 * The compare canvas's marks, read by the designer's table node
 * (components/designer/TableNode.tsx): outside a compare view there is no
 * provider and every table reads null, so the designer is unaffected.
 */
const CompareHighlightContext = createContext<ReadonlyMap<string, TableHighlight> | null>(null);

export function CompareHighlightProvider({ highlights, children }: { highlights: ReadonlyMap<string, TableHighlight>; children: ReactNode }) {
  return <CompareHighlightContext.Provider value={highlights}>{children}</CompareHighlightContext.Provider>;
}

/** This table's marks on the compare canvas, or null (not compared, or unchanged). */
export function useCompareHighlight(tableId: string): TableHighlight | null {
  return useContext(CompareHighlightContext)?.get(tableId) ?? null;
}

/* Colours: added green, removed red (a dashed ghost), changed amber. `!` wins over the node's own border colour. */
const TABLE_CLASSES: Record<DiffMark, string> = {
  added: 'border-emerald-500! ring-2 ring-emerald-500/40',
  removed: 'border-red-400! border-dashed opacity-60 ring-2 ring-red-500/30',
  changed: 'border-amber-500! ring-2 ring-amber-500/40',
};

const ROW_CLASSES: Record<DiffMark, string> = {
  added: 'bg-emerald-50 shadow-[inset_3px_0_0_var(--color-emerald-500)] dark:bg-emerald-950/40',
  removed: 'bg-red-50 line-through decoration-red-500/70 shadow-[inset_3px_0_0_var(--color-red-500)] dark:bg-red-950/40',
  changed: 'bg-amber-50 shadow-[inset_3px_0_0_var(--color-amber-500)] dark:bg-amber-950/40',
};

/** Classes for a table node with these marks ('' without). */
export function tableDiffClass(highlight: TableHighlight | null): string {
  return highlight ? TABLE_CLASSES[highlight.table] : '';
}

/** Classes for one column row ('' when the column is unchanged or nothing is compared). */
export function columnDiffClass(mark: DiffMark | undefined): string {
  return mark ? ROW_CLASSES[mark] : '';
}
