'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { readFlag, writeFlag } from './preferences';
import { createViewStore, type ViewState, type ViewStore } from './view-store';

const ViewContext = createContext<ViewStore | null>(null);

/** The view state of one open designer (focus, open dialogs, minimap); see view-store.ts. */
export function ViewProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createViewStore({ read: readFlag, write: writeFlag }));
  return <ViewContext.Provider value={store}>{children}</ViewContext.Provider>;
}

export function useViewStore(): ViewStore {
  const store = useContext(ViewContext);
  if (!store) throw new Error('useView must be used inside <ViewProvider>');
  return store;
}

export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useViewStore(), selector);
}
