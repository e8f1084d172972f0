'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useDesignerStore } from '../designer/context';
import { createAnalysisStore, watchDocument, type AnalysisState, type AnalysisStore } from './analysis-store';
import { requestCheck } from './check-api';

const AnalysisContext = createContext<AnalysisStore | null>(null);

/** Checks the open diagram on the server as it is edited (see analysis-store.ts); one per designer. */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const designer = useDesignerStore();
  const [store] = useState(createAnalysisStore);
  useEffect(() => watchDocument(
    store,
    (listener) => designer.subscribe((state, previous) => { if (state.document !== previous.document) listener(state.document); }),
    designer.getState().document,
    requestCheck,
  ), [store, designer]);
  return <AnalysisContext.Provider value={store}>{children}</AnalysisContext.Provider>;
}

/** Outside a provider (a table node rendered alone, an image export) nothing is checked: an empty store answers. */
const EMPTY = createAnalysisStore();

export function useAnalysisStore(): AnalysisStore {
  return useContext(AnalysisContext) ?? EMPTY;
}

export function useAnalysis<T>(selector: (state: AnalysisState) => T): T {
  return useStore(useAnalysisStore(), selector);
}

/** Open (not accepted) findings of one table: the badge on its node. */
export function useOpenFindingCount(tableId: string): number {
  return useAnalysis((s) => s.openByTable[tableId] ?? 0);
}

/** Ids of the columns of this table the focused finding is about, joined by commas (a string, so nodes re-render only when it changes). */
export function useHighlightedColumns(tableId: string): string {
  return useAnalysis((s) => (s.focused?.tableId === tableId ? s.focused.columnIds.join(',') : ''));
}

