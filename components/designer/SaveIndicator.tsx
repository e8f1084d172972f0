'use client';

import { useDesigner } from '@/lib/client/designer/context';
import type { SaveStatus } from '@/lib/client/designer/save-slice';

const LOOK: Record<SaveStatus, { dot: string; text: string }> = {
  saved: { dot: 'bg-emerald-500', text: 'text-zinc-500' },
  dirty: { dot: 'bg-amber-400', text: 'text-zinc-600' },
  saving: { dot: 'bg-indigo-500 animate-pulse', text: 'text-zinc-600' },
  conflict: { dot: 'bg-red-500', text: 'text-red-700' },
  error: { dot: 'bg-red-500', text: 'text-red-700' },
};

export function saveLabel(status: SaveStatus, retrying: boolean): string {
  switch (status) {
    case 'saved': return 'Saved';
    case 'dirty': return 'Unsaved changes';
    case 'saving': return 'Saving…';
    case 'conflict': return 'Conflict';
    case 'error': return retrying ? 'Error – retrying' : 'Not saved';
  }
}

export function SaveIndicator() {
  const status = useDesigner((s) => s.status);
  const error = useDesigner((s) => s.error);
  const look = LOOK[status];
  return (
    <div
      role="status"
      aria-label="Save state"
      title={error?.message}
      className={`flex items-center gap-2 text-xs font-medium ${look.text}`}
    >
      <span className={`h-2 w-2 rounded-full ${look.dot}`} aria-hidden="true" />
      <span>{saveLabel(status, error?.retrying ?? false)}</span>
    </div>
  );
}
