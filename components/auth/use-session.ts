'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { sessionStore, type SessionState } from '@/lib/client/auth/session-store';

/** The page's session (loaded once on first use) and its actions. */
export function useSession<T>(select: (state: SessionState) => T): T {
  useEffect(() => {
    if (sessionStore.getState().session === null) void sessionStore.getState().load();
  }, []);
  return useStore(sessionStore, select);
}
