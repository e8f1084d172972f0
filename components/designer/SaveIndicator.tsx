'use client';

import { useDesigner } from '@/lib/client/designer/context';
import type { ConnectionState, SaveStatus } from '@/lib/client/designer/sync-slice';

type Look = 'live' | 'busy' | 'waiting' | 'problem';

const LOOK: Record<Look, { dot: string; text: string }> = {
  live: { dot: 'bg-emerald-500', text: 'text-zinc-500' },
  busy: { dot: 'bg-indigo-500 animate-pulse', text: 'text-zinc-600' },
  waiting: { dot: 'bg-amber-400', text: 'text-amber-700 dark:text-amber-400' },
  problem: { dot: 'bg-red-500', text: 'text-red-700' },
};

export interface SaveState {
  status: SaveStatus;
  connection: ConnectionState;
  /** Local changes the server has not confirmed yet. */
  waiting: number;
  retrying: boolean;
}

/**
 * What the indicator says, most pressing first: a change the server refused,
 * being offline (with what is queued), a passing server error, changes on
 * their way, the live connection being re-established — else "Live".
 */
export function saveLabel({ status, connection, waiting, retrying }: SaveState): { text: string; look: Look } {
  if (status === 'error' && !retrying) return { text: 'Not saved', look: 'problem' };
  if (connection === 'offline') {
    return { text: waiting > 0 ? `Offline — ${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting` : 'Offline', look: 'waiting' };
  }
  if (status === 'error') return { text: 'Error – retrying', look: 'problem' };
  if (waiting > 0) return { text: 'Saving…', look: 'busy' };
  if (connection === 'reconnecting') return { text: 'Reconnecting…', look: 'waiting' };
  if (connection === 'connecting') return { text: 'Connecting…', look: 'busy' };
  return { text: 'Live', look: 'live' };
}

export function SaveIndicator() {
  const status = useDesigner((s) => s.status);
  const connection = useDesigner((s) => s.connection);
  const waiting = useDesigner((s) => s.sync.pending.length);
  const error = useDesigner((s) => s.error);
  const { text, look } = saveLabel({ status, connection, waiting, retrying: error?.retrying ?? false });
  return (
    <div
      role="status"
      aria-label="Save state"
      title={error?.message ?? (look === 'live' ? 'Your edits reach everyone who has this diagram open.' : undefined)}
      className={`flex items-center gap-2 text-xs font-medium ${LOOK[look].text}`}
    >
      <span className={`h-2 w-2 rounded-full ${LOOK[look].dot}`} aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
