'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { historyApi, type HistoryApi } from './api';
import { createHistoryStore, type HistoryState, type HistoryStore } from './store';

const HistoryContext = createContext<HistoryStore | null>(null);

/** The History page's store for one diagram (see store.ts). */
export function HistoryProvider({ diagramId, api = historyApi, children }: { diagramId: string; api?: HistoryApi; children: ReactNode }) {
  const [store] = useState(() => createHistoryStore(diagramId, api));
  return <HistoryContext.Provider value={store}>{children}</HistoryContext.Provider>;
}

export function useHistoryStore(): HistoryStore {
  const store = useContext(HistoryContext);
  if (!store) throw new Error('useHistory must be used inside <HistoryProvider>');
  return store;
}

export function useHistory<T>(selector: (state: HistoryState) => T): T {
  return useStore(useHistoryStore(), selector);
}
