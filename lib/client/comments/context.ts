'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useDesignerStore } from '../designer/context';
import type { DesignerStore } from '../designer/store';
import { commentsApi } from './api';
import { createCommentsStore, keepFresh, type CommentsState, type CommentsStore } from './store';

/**
 * One comments store per open designer, found from the designer's own store, so
 * the table nodes, the inspector and the panel share it without another provider
 * around the layout. It goes away with the designer.
 */
const stores = new WeakMap<DesignerStore, CommentsStore>();

export function commentsStoreFor(designer: DesignerStore): CommentsStore {
  let store = stores.get(designer);
  if (!store) {
    store = createCommentsStore(designer.getState().diagramId, commentsApi);
    stores.set(designer, store);
  }
  return store;
}

export function useCommentsStore(): CommentsStore {
  return commentsStoreFor(useDesignerStore());
}

export function useComments<T>(selector: (state: CommentsState) => T): T {
  return useStore(useCommentsStore(), selector);
}

/** Open comment threads on one table: the badge on its node. */
export function useOpenThreadCount(tableId: string): number {
  return useComments((s) => s.openByTable[tableId] ?? 0);
}

/** Keeps the comments fresh (polling) while the calling component is mounted. */
export function useKeepCommentsFresh(): void {
  const store = useCommentsStore();
  useEffect(() => keepFresh(store), [store]);
}
