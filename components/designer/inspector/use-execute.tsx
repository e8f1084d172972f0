'use client';

import { useCallback, useState } from 'react';
import type { EditorCommand } from '@/lib/editor/command';
import { useDesignerStore } from '@/lib/client/designer/context';

/** Runs a command and keeps the last refusal message for the section to show. */
export function useExecute(): { run: (command: EditorCommand) => boolean; error: string | null } {
  const store = useDesignerStore();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback((command: EditorCommand) => {
    const result = store.getState().execute(command);
    setError(result.ok ? null : result.error.message);
    return result.ok;
  }, [store]);
  return { run, error };
}

export function ErrorLine({ error }: { error: string | null }) {
  return error ? <p role="alert" className="text-xs text-red-600">{error}</p> : null;
}
