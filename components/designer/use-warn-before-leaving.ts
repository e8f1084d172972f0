'use client';

import { useEffect } from 'react';
import { useDesigner } from '@/lib/client/designer/context';

/** Asks the browser to confirm closing or reloading the tab while edits are not saved. */
export function useWarnBeforeLeaving(): void {
  const unsaved = useDesigner((s) => s.status !== 'saved');
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
